import { expect, shownMonth, test } from "./fixtures";

test.describe("sharing a view", () => {
  test("a deep link opened in a fresh browser reproduces month, definition, layers and country", async ({
    page,
    browser,
  }) => {
    await page.goto("/?m=2021-07");
    await shownMonth(page, "2021-07");
    await page.getByLabel("Global South definition").selectOption("g77");
    await page.getByRole("checkbox", { name: "Nodes" }).uncheck();
    await page.getByRole("button", { name: "Kazakhstan", exact: true }).click();
    await expect(page).toHaveURL(/c=KZ/);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(page).toHaveURL(/&lat=-?[\d.]+&lon=-?[\d.]+&z=[\d.]+/);
    const view = await page.locator(".leaflet-container").first().getAttribute("data-view");
    const url = page.url();

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(url);
    await expect(fresh.getByRole("slider", { name: "Month" })).toHaveAttribute(
      "aria-valuetext",
      "July 2021",
    );
    await expect(fresh.getByLabel("Global South definition")).toHaveValue("g77");
    await expect(fresh.getByRole("checkbox", { name: "Nodes" })).not.toBeChecked();
    await expect(fresh.getByRole("checkbox", { name: "Pool servers" })).toBeChecked();
    await expect(fresh.getByRole("region", { name: "Kazakhstan" })).toBeVisible();
    const z = new URL(url).searchParams.get("z");
    await expect(fresh.locator(".leaflet-container").first()).toHaveAttribute(
      "data-view",
      new RegExp(`,${z}$`),
    );
    expect(view).toMatch(new RegExp(`,${z}$`));
    await other.close();
  });

  const malformed: [string, RegExp][] = [
    ["/?m=2019-13", /not a month/],
    ["/?gs=nope", /Unknown Global South definition "nope"/],
    ["/?z=999", /"999" is not a zoom level/],
    [`/?m=${"9".repeat(5000)}`, /not a month/],
  ];
  for (const [path, notice] of malformed) {
    test(`the malformed deep link ${path.slice(0, 24)} shows the default view with a notice`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.getByRole("alert").filter({ hasText: notice })).toBeVisible();
      await expect(page.getByLabel("Global South share")).toBeVisible();
    });
  }

  test("a deep link carries its own preview image for chat and social apps", async ({
    page,
    request,
  }) => {
    await page.goto("/?m=2021-07&gs=g77");
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/\/api\/og\?m=2021-07&gs=g77$/);
    const png = await request.get(new URL(image ?? "").pathname + new URL(image ?? "").search);
    expect(png.headers()["content-type"]).toBe("image/png");
  });

  test("Share snapshot freezes the view; its page keeps the numbers and links back to the live view", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07&l=shares,pools");
    await shownMonth(page, "2021-07");
    await page.getByRole("button", { name: "Share snapshot" }).click();
    const link = page.getByRole("link", { name: /\/s\/[A-Za-z0-9_-]{27}$/ });
    await expect(link).toBeVisible();
    await page.goto((await link.getAttribute("href")) ?? "/");
    await expect(page.getByRole("note")).toContainText("Snapshot of data as of");
    await expect(page.getByLabel("Global South share")).toHaveText("23.0–42.2 %");
    await expect(page.getByRole("link", { name: "See the live view" })).toHaveAttribute(
      "href",
      "/?m=2021-07&l=shares,pools",
    );
  });
});

test.describe("embedding", () => {
  test("only /embed may be framed by other sites; it shows the map with a link to the full view", async ({
    page,
    request,
  }) => {
    const embed = await request.get("/embed?m=2021-07");
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    for (const path of ["/", "/?m=2021-07", "/alerts", "/api/v1/months"]) {
      const res = await request.get(path);
      expect(res.headers()["x-frame-options"], path).toBe("DENY");
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    await page.goto("/embed?m=2021-07&gs=g77");
    await expect(page.getByRole("slider", { name: "Month" })).toHaveAttribute(
      "aria-valuetext",
      "July 2021",
    );
    await expect(page.getByRole("link", { name: "Hashrate Atlas" })).toHaveAttribute(
      "href",
      "/?m=2021-07&gs=g77",
    );
    await expect(page.getByRole("button", { name: "Share snapshot" })).toHaveCount(0);
  });
});

test.describe("the embed in a small frame", () => {
  for (const [width, height, least] of [
    [800, 520, 0.7],
    [600, 400, 0.6],
  ] as const)
    test(`in ${width}×${height} the map fills the frame; slider, legend, attribution and link stay in it, nothing scrolls`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto("/embed?m=2021-07");
      const slider = page.getByRole("slider", { name: "Month" });
      await expect(slider).toHaveAttribute("aria-valuetext", "July 2021");
      const map = await page.locator(".leaflet-container").boundingBox();
      expect(map?.height ?? 0).toBeGreaterThanOrEqual(height * least);
      const credits = page.locator(".map-credits");
      await expect(credits).toContainText("CC BY-NC-SA 4.0");
      for (const shown of [
        slider,
        page.getByRole("button", { name: "Legend" }),
        credits,
        page.getByRole("link", { name: "Hashrate Atlas" }),
      ])
        await expect(shown).toBeInViewport({ ratio: 1 });
      // The attribution lies over the map's foot, drawn above its panes (nothing covers it).
      const onTop = await credits.evaluate((e) => {
        const r = e.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
        return hit !== null && e.contains(hit);
      });
      expect(onTop).toBe(true);
      const overflow = await page.evaluate(() => {
        const d = document.documentElement;
        return { x: d.scrollWidth - d.clientWidth, y: d.scrollHeight - d.clientHeight };
      });
      expect(overflow).toEqual({ x: 0, y: 0 });
    });
});

test("Back undoes a change of definition but not every slider step", async ({ page }) => {
  await page.goto("/?m=2021-07");
  await shownMonth(page, "2021-07");
  await page.getByLabel("Global South definition").selectOption("g77");
  await expect(page).toHaveURL(/gs=g77/);
  const slider = page.getByRole("slider", { name: "Month" });
  await slider.focus();
  for (const label of ["June 2021", "May 2021", "April 2021", "March 2021", "February 2021"]) {
    await page.keyboard.press("ArrowLeft");
    await expect(slider).toHaveAttribute("aria-valuetext", label);
  }
  await expect(page).toHaveURL(/m=2021-02/);
  await page.goBack();
  await expect(page).toHaveURL(/m=2021-07$/);
  await expect(page.getByLabel("Global South definition")).toHaveValue("unctad");
});

test.describe("links pin the month and the country", () => {
  test("Copy link, embed code, QR and Cite this on /?c=PY carry m= and c=PY at the newest month", async ({
    page,
    context,
    request,
  }) => {
    const latest = (await (await request.get("/api/v1/months")).json()).latest as string;
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?c=PY");
    await shownMonth(page, latest);
    await expect(page).not.toHaveURL(/m=/); // the address bar leaves the default month out
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const link = new URL(await clipboard());
    expect(link.searchParams.get("m")).toBe(latest);
    expect(link.searchParams.get("c")).toBe("PY");

    await page.getByRole("button", { name: "Copy embed code" }).click();
    await expect(page.getByText("Embed code copied")).toBeVisible();
    const embed = await clipboard();
    expect(embed).toMatch(new RegExp(`/embed\\?[^"]*m=${latest}`));
    expect(embed).toContain("c=PY");

    await page.getByRole("button", { name: "Show QR code" }).click();
    const qr = page.getByRole("img", { name: /QR code for the link to this view/ });
    await expect(qr).toHaveAttribute("aria-label", new RegExp(`m=${latest}`));
    await expect(qr).toHaveAttribute("aria-label", /c=PY/);

    await page.getByText("Cite this").click();
    const cite = page.locator(".cite-text");
    await expect(cite).toContainText(`m=${latest}`);
    await expect(cite).toContainText("Paraguay (PY)");
    await expect(cite).not.toContainText("..");
  });

  test("the shared link's description states the headline's own figures", async ({ page }) => {
    await page.goto("/?m=2025-06");
    const headline = (await page.getByLabel("Global South share").textContent()) ?? "";
    expect(headline).toMatch(/%/);
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
      const content = (await page.locator(selector).getAttribute("content")) ?? "";
      expect(content).toContain(`Global South ${headline} of hashrate in June 2025`);
      expect(content).not.toContain("shifted toward");
    }
  });
});
