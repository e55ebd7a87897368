import { expect, test } from "@playwright/test";

/**
 * The edge's defences against the production build, over loopback: Next.js itself behind the
 * server's edge.
 */

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? null;

test.describe("cache poisoning and shared nonces", () => {
  test("x-middleware-prefetch: 1 on /s/{id} is never public … immutable, and gets the real page", async ({
    request,
  }) => {
    const { id } = await (
      await request.post("/api/v1/snapshots", { data: { m: "2021-07", gs: "unctad" } })
    ).json();
    const poisoned = await request.get(`/s/${id}`, { headers: { "x-middleware-prefetch": "1" } });
    expect(poisoned.status()).toBe(200);
    const cache = poisoned.headers()["cache-control"] ?? "";
    expect(cache).not.toMatch(/public|immutable/);
    expect(poisoned.headers()["content-type"]).toMatch(/^text\/html/);
    expect(await poisoned.text()).toContain("Snapshot of data as of");

    // An id that does not exist yet: never cached for good either.
    const missing = await request.get(`/s/${"Z".repeat(27)}`, {
      headers: { "x-middleware-prefetch": "1" },
    });
    expect(missing.status()).toBe(404);
    expect(missing.headers()["cache-control"] ?? "").not.toContain("immutable");
  });

  test("the snapshot page is private, with a fresh nonce per visitor; data and image stay immutable", async ({
    request,
  }) => {
    const { id } = await (
      await request.post("/api/v1/snapshots", { data: { m: "2019-09" } })
    ).json();
    const first = await request.get(`/s/${id}`);
    const second = await request.get(`/s/${id}?x=1`);
    for (const page of [first, second])
      expect(page.headers()["cache-control"]).toBe("private, max-age=300");
    const [a, b] = [first, second].map((p) => nonceOf(p.headers()["content-security-policy"]));
    expect(a).not.toBeNull();
    expect(a).not.toBe(b);
    expect((await request.get(`/api/v1/snapshots/${id}`)).headers()["cache-control"]).toContain(
      "immutable",
    );
    // The image URL Next puts in the page (with its own content-hash query) is served immutably.
    const og = /<meta property="og:image" content="([^"]+)"/.exec(await first.text())?.[1];
    expect(og).toMatch(/\/s\/[^/]+\/opengraph-image/);
    const image = await request.get(
      new URL(og ?? "", "http://x").pathname + new URL(og ?? "", "http://x").search,
    );
    expect(image.status()).toBe(200);
    expect(image.headers()["cache-control"]).toContain("immutable");
    // Every distinct query would be another year-long entry in a shared cache: refused.
    const varied = await request.get(`/s/${id}/opengraph-image?x=1`);
    expect(varied.status()).toBe(400);
    expect(varied.headers()["cache-control"]).toBe("no-store");
    expect((await request.get(`/api/v1/snapshots/${id}?x=1`)).status()).toBe(400);
  });

  test("TRACE is 405 without a stack trace", async ({ request }) => {
    const res = await request.fetch("/", { method: "TRACE" });
    expect(res.status()).toBe(405);
    expect(await res.text()).not.toMatch(/at .*\(/);
  });
});
