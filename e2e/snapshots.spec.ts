import { expect, test } from "@playwright/test";

test.describe("snapshots", () => {
  test("a snapshot page shows the frozen numbers with its provenance and downloads", async ({
    page,
    request,
  }) => {
    const created = await request.post("/api/v1/snapshots", {
      data: { m: "2021-07", gs: "unctad" },
    });
    expect([200, 201]).toContain(created.status());
    const { url, id } = await created.json();
    const response = await page.goto(url);
    expect(response?.headers()["cache-control"]).toContain("immutable");
    await expect(page.getByRole("note")).toContainText("Snapshot of data as of");
    await expect(page.getByLabel("Global South share")).toHaveText("9.2%");
    await expect(page.getByRole("link", { name: "See the live view" })).toHaveAttribute(
      "href",
      "/?m=2021-07",
    );
    await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute(
      "href",
      `/api/v1/snapshots/${id}?format=csv`,
    );
  });

  test("the snapshot's preview image is a PNG of the social-card size", async ({ request }) => {
    const { url } = await (
      await request.post("/api/v1/snapshots", { data: { m: "2019-09" } })
    ).json();
    const image = await request.get(`${url}/opengraph-image`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = await image.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(1_000_000);
  });

  test("an unknown snapshot is a 404 page, not a crash", async ({ page }) => {
    const response = await page.goto("/s/AAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(response?.status()).toBe(404);
  });
});

test("a deep link's preview image is a PNG, and bad parameters are a JSON 400", async ({
  request,
}) => {
  const image = await request.get("/api/og?m=2021-07&gs=g77");
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).readUInt32BE(16)).toBe(1200);
  const bad = await request.get("/api/og?m=2019-13");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("invalid_parameter");
});
