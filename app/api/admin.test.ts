import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/api/client";
import { resetEnvCache } from "@/lib/env";
import { GET as feed } from "../feed.xml/route";
import { GET as alerts } from "./v1/alerts/route";
import { DELETE as deleteRule } from "./v1/rules/[id]/route";
import { POST as postRule, GET as rules } from "./v1/rules/route";
import { GET as deliveries } from "./v1/webhooks/[id]/deliveries/route";
import { POST as sendTest } from "./v1/webhooks/[id]/test/route";
import { GET as listHooks, POST as postHook } from "./v1/webhooks/route";

const TOKEN = "test-admin-token-0123456789";
let dir: string;
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-admin-"));
  process.env.ATLAS_DB_PATH = join(dir, "atlas.db");
  process.env.ADMIN_TOKEN = TOKEN;
  process.env.ATLAS_ALLOW_PRIVATE_WEBHOOKS = "1";
  delete process.env.DATABASE_URL;
  resetEnvCache();
  receiver = createServer((_req, res) => res.end("ok"));
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(() => {
  receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = (path: string, body: unknown, token: string | null = TOKEN, method = "POST") =>
  new Request(`http://localhost${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

describe("admin authentication", () => {
  test("refuses a missing or wrong token with 401", async () => {
    expect((await postHook(json("/api/v1/webhooks", {}, null))).status).toBe(401);
    expect((await postHook(json("/api/v1/webhooks", {}, "wrong-token-0123456789"))).status).toBe(
      401,
    );
    expect((await listHooks(new Request("http://localhost/api/v1/webhooks"))).status).toBe(401);
  });

  test("throttles a client after 10 failed attempts, even with the right token then", async () => {
    const from = (client: string, token: string) =>
      listHooks(
        new Request("http://localhost/api/v1/webhooks", {
          headers: { authorization: `Bearer ${token}`, [CLIENT_ADDRESS_HEADER]: client },
        }),
      );
    for (let i = 0; i < 10; i += 1)
      expect((await from("198.51.100.66", `wrong-token-${i}-0123456789`)).status).toBe(401);
    const blocked = await from("198.51.100.66", TOKEN);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await from("198.51.100.67", TOKEN)).status).toBe(200);
  });

  test("disables admin endpoints with 403 when no ADMIN_TOKEN is configured", async () => {
    delete process.env.ADMIN_TOKEN;
    resetEnvCache();
    try {
      const res = await postHook(json("/api/v1/webhooks", {}, "anything-at-all-here"));
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("admin_disabled");
    } finally {
      process.env.ADMIN_TOKEN = TOKEN;
      resetEnvCache();
    }
  });
});

describe("webhooks API", () => {
  test("registers a webhook, hides its secret, sends a signed test and logs it", async () => {
    const created = await postHook(
      json("/api/v1/webhooks", {
        url: receiverUrl,
        secret: "0123456789abcdef",
        events: ["global_south_change"],
      }),
    );
    expect(created.status).toBe(201);
    const { webhook } = await created.json();
    expect(webhook.secret).toBe("(set)");
    const listed = await (
      await listHooks(
        new Request("http://localhost/api/v1/webhooks", {
          headers: { authorization: `Bearer ${TOKEN}` },
        }),
      )
    ).json();
    expect(listed.webhooks.map((h: { secret: string }) => h.secret)).toEqual(["(set)"]);

    const sent = await sendTest(
      json(`/api/v1/webhooks/${webhook.id}/test`, {}),
      params({ id: webhook.id }),
    );
    expect(sent.status).toBe(200);
    expect((await sent.json()).delivery).toMatchObject({
      status: "delivered",
      event: "test",
      lastStatusCode: 200,
    });
    const log = await (
      await deliveries(
        new Request("http://localhost/x", { headers: { authorization: `Bearer ${TOKEN}` } }),
        params({ id: webhook.id }),
      )
    ).json();
    expect(log.deliveries[0]).toMatchObject({ event: "test", status: "delivered" });
  });

  test("rate-limits test sends per webhook", async () => {
    const { webhook } = await (
      await postHook(json("/api/v1/webhooks", { url: receiverUrl, secret: "0123456789abcdef" }))
    ).json();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await sendTest(json("/x", {}), params({ id: webhook.id }))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  test.each([
    ["a short secret", { url: "https://example.org/h", secret: "short" }, 400, "invalid_body"],
    [
      "an unknown event",
      { url: "https://example.org/h", secret: "0123456789abcdef", events: ["nope"] },
      400,
      "invalid_body",
    ],
    ["malformed JSON", "{not json", 400, "invalid_json"],
    [
      "an oversized body",
      { url: "https://example.org/h", secret: "x".repeat(20_000) },
      413,
      "payload_too_large",
    ],
  ])("rejects %s", async (_name, body, status, code) => {
    const res = await postHook(json("/api/v1/webhooks", body));
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });

  test("refuses a private target unless private webhooks are allowed", async () => {
    process.env.ATLAS_ALLOW_PRIVATE_WEBHOOKS = "0";
    resetEnvCache();
    try {
      const res = await postHook(
        json("/api/v1/webhooks", { url: receiverUrl, secret: "0123456789abcdef" }),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe("webhook_target_refused");
    } finally {
      process.env.ATLAS_ALLOW_PRIVATE_WEBHOOKS = "1";
      resetEnvCache();
    }
  });
});

describe("rules API", () => {
  test("lists the shipped defaults, accepts a valid rule and deletes it", async () => {
    const listed = await (await rules(new Request("http://localhost/api/v1/rules"))).json();
    expect(listed.rules.map((r: { id: string }) => r.id)).toContain("country-10pp");
    const rule = { id: "pool-40", params: { kind: "pool_share_threshold", threshold: 0.4 } };
    expect((await postRule(json("/api/v1/rules", rule))).status).toBe(201);
    expect(
      (await deleteRule(json("/x", {}, TOKEN, "DELETE"), params({ id: "pool-40" }))).status,
    ).toBe(204);
    expect(
      (await deleteRule(json("/x", {}, TOKEN, "DELETE"), params({ id: "pool-40" }))).status,
    ).toBe(404);
  });

  test("rejects an invalid rule", async () => {
    const bad = await postRule(
      json("/api/v1/rules", { id: "x", params: { kind: "pool_share_threshold", threshold: 3 } }),
    );
    expect(bad.status).toBe(400);
    const unknownDefinition = await postRule(
      json("/api/v1/rules", {
        id: "y",
        params: { kind: "global_south_change", definition: "nope", thresholdPp: 5 },
      }),
    );
    expect((await unknownDefinition.json()).error.message).toMatch(/Unknown definition "nope"/);
  });
});

describe("alerts API and feed", () => {
  test("list the shifts found in the bundled history", async () => {
    const body = await (
      await alerts(new Request("http://localhost/api/v1/alerts?kind=country_share_change"))
    ).json();
    const july = body.alerts.find(
      (a: { subject: string; period: string }) =>
        a.subject === "CN" && a.period === "2021-06..2021-07",
    );
    expect(july.title).toMatch(/China hashrate share −34\.\d pp in July 2021/);
    expect(july.evidence.before).toEqual({ month: "2021-06", share: expect.any(Number) });
  });

  test("paging by cursor returns each alert exactly once", async () => {
    const get = async (query: string) =>
      (await alerts(new Request(`http://localhost/api/v1/alerts?${query}`))).json();
    const all = await get("limit=500");
    expect(all.next).toBeNull();
    expect(all.alerts.length).toBeGreaterThan(3);
    const ids: string[] = [];
    let page = await get("limit=3");
    ids.push(...page.alerts.map((a: { id: string }) => a.id));
    while (page.next) {
      page = await get(`limit=3&cursor=${encodeURIComponent(page.next)}`);
      ids.push(...page.alerts.map((a: { id: string }) => a.id));
    }
    expect(ids).toEqual(all.alerts.map((a: { id: string }) => a.id));
  });

  test("reject bad query parameters", async () => {
    expect((await alerts(new Request("http://localhost/api/v1/alerts?kind=nope"))).status).toBe(
      400,
    );
    expect(
      (await alerts(new Request("http://localhost/api/v1/alerts?cursor=bm90LWEtY3Vyc29y"))).status,
    ).toBe(400);
    expect((await alerts(new Request("http://localhost/api/v1/alerts?limit=100000"))).status).toBe(
      400,
    );
  });

  test("the feed is Atom with one entry per alert", async () => {
    const res = await feed(new Request("http://localhost/feed.xml"));
    expect(res.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    const text = await res.text();
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(text).toContain(
      '<link rel="self" type="application/atom+xml" href="http://localhost/feed.xml"/>',
    );
    expect(text.match(/<entry>/g)?.length).toBeGreaterThan(3);
  });
});
