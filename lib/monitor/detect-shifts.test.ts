import { beforeEach, describe, expect, test } from "vitest";
import { addMonths } from "../core/month";
import { importSeed } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import { listAlerts } from "../store/alerts";
import type { Store } from "../store/db";
import { deleteRule, upsertRule } from "../store/rules";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { insertWebhook, listDeliveries } from "../store/webhooks";
import { detectShifts } from "./detect-shifts";
import { DEFAULT_RULES, listRules } from "./rules";

const NOW = new Date("2026-11-25T12:00:00Z");

describe.each(STORE_DIALECTS)("shift detection on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  beforeEach(async () => {
    store = current();
    await importSeed(store.db, await loadSeedBundle("data/seed"), NOW);
  });

  test("a new database has the shipped rules, and deleted rules stay deleted", async () => {
    const { rules } = await listRules(store.db);
    expect(rules.map((r) => ({ id: r.id, enabled: r.enabled, params: r.params }))).toEqual(
      [...DEFAULT_RULES].sort((a, b) => a.id.localeCompare(b.id)),
    );
    for (const rule of rules) await deleteRule(store.db, rule.id);
    const { created } = await detectShifts(store.db, NOW);
    expect(created).toEqual([]);
    expect((await listRules(store.db)).rules).toEqual([]);
  });

  test("a rule naming a definition that no longer exists is reported, not fatal", async () => {
    await upsertRule(
      store.db,
      {
        id: "gone",
        enabled: true,
        params: { kind: "global_south_change", definition: "retired", thresholdPp: 1 },
      },
      NOW.toISOString(),
    );
    const result = await detectShifts(store.db, NOW);
    expect(result.invalidRules).toContain("gone");
    expect(result.created.length).toBeGreaterThan(0);
  });

  test("fires on China's real collapse and return, not on month-to-month noise", async () => {
    const { created } = await detectShifts(store.db, NOW);
    const country = created
      .filter((a) => a.ruleId === "country-10pp")
      .map((a) => `${a.subject} ${a.period}`);
    expect(country).toEqual(
      expect.arrayContaining([
        "CN 2020-10..2020-11",
        "CN 2021-06..2021-07",
        "US 2021-06..2021-07",
        "CN 2021-08..2021-09",
      ]),
    );
    // China moved −5.9 pp in March 2020 and −9.7 pp in June 2021: below the 10 pp default
    expect(country).not.toContain("CN 2020-02..2020-03");
    expect(country).not.toContain("CN 2021-05..2021-06");
    const gs = created.find(
      (a) => a.ruleId === "gs-unctad-10pp" && a.period === "2021-06..2021-07",
    );
    expect(gs?.evidence).toMatchObject({
      definition: "unctad",
      after: { month: "2021-07", share: 0.2299, low: 0.2299, high: expect.closeTo(0.4215, 9) },
      change: expect.closeTo(0.2299 - 0.5027, 9),
      source: "cbeci",
      method: "measured",
    });
    expect(gs?.title).toBe("Global South share −27.3 pp in July 2021 (UNCTAD)");
    // The number travels with its range and the source's caveats.
    expect(gs?.summary).toMatch(/to 23\.0–42\.2 % in July 2021/);
    expect(gs?.summary).toMatch(/possibly relocated/);
    expect(gs?.summary).toMatch(
      /Caveats for July 2021: 9\.8 % of hashrate .* Mainland China: 0 % in this month/,
    );
    const china = created.find(
      (a) => a.ruleId === "country-10pp" && a.period === "2021-06..2021-07" && a.subject === "CN",
    );
    expect(china?.summary).toMatch(/VPN\/proxy/);
  });

  test("a known site energized or closed in a watched country is an alert, once; undated facts never are", async () => {
    const { created } = await detectShifts(store.db, NOW);
    const sites = created.filter((a) => a.ruleId === "sites-gs-energized-closed");
    // MARA/Penguin Hernandarias, Paraguay, energized in August 2024 (real row).
    const penguin = sites.find((a) => a.subject === "mara-penguin-hernandarias");
    expect(penguin?.period).toBe("energized@2024-08");
    expect(penguin?.summary).toMatch(/not a share of hashrate/);
    // Watched = UNCTAD's Global South: no US site, and Bhutan's undated Jigmeling facts never.
    expect(sites.some((a) => a.evidence.country === "US")).toBe(false);
    expect(sites.some((a) => a.subject === "bitdeer-jigmeling")).toBe(false);
    expect(sites.some((a) => a.evidence.status === "closed")).toBe(true);
    expect((await detectShifts(store.db, NOW)).created).toEqual([]);
  });

  test("a figure from a watched country's utility or regulator is an alert", async () => {
    const { created } = await detectShifts(store.db, NOW);
    const eep = created.find(
      (a) =>
        a.ruleId === "regulator-gs" &&
        a.subject === "ET:electricity_supplied_to_data_mining_companies",
    );
    expect(eep?.title).toMatch(/796\.28 GWh/);
    expect(created.some((a) => a.ruleId === "regulator-gs" && a.evidence.country === "US")).toBe(
      false,
    );
  });

  test("never compares across a gap or a change of source", async () => {
    const { created } = await detectShifts(store.db, NOW);
    // 2022-01 (measured, CBECI) and 2023-11 (reported, MinerMetrics) are not a month-over-month
    // shift, nor 2025-06 and 2025-10 (Hashrate Index, then its figures as relayed by Reuters).
    const spans = created
      .map((a) => a.period)
      .filter((p) => /^\d{4}-\d{2}\.\.\d{4}-\d{2}$/.test(p));
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      const [from, to] = span.split("..") as [string, string];
      expect(to, span).toBe(addMonths(from, 1));
    }
    expect(spans).not.toContain("2022-01..2023-11");
    expect(spans.some((p) => p.endsWith("..2025-10"))).toBe(false);
  });

  test("the bundled pool history feeds the pool rules: the Nakamoto coefficient's moves", async () => {
    const { created } = await detectShifts(store.db, NOW);
    const moves = created.filter((a) => a.kind === "nakamoto_change");
    // Adjacent months of the pool history where the coefficient changed (within the windows in view).
    expect(moves.map((a) => [a.period, a.title])).toEqual([
      ["2022-06", "Nakamoto coefficient 4 → 3 in June 2022"],
      ["2023-01", "Nakamoto coefficient 3 → 2 in January 2023"],
      ["2025-02", "Nakamoto coefficient 2 → 3 in February 2025"],
      ["2025-03", "Nakamoto coefficient 3 → 2 in March 2025"],
      ["2025-05", "Nakamoto coefficient 2 → 3 in May 2025"],
    ]);
    expect(created.some((a) => a.kind === "pool_share_threshold")).toBe(true);
  });

  test("reports a stale live source with its evidence", async () => {
    const { created } = await detectShifts(store.db, NOW);
    const stale = created.find((a) => a.kind === "source_stale" && a.subject === "bitnodes");
    expect(stale?.evidence).toMatchObject({
      source: "bitnodes",
      dataAsOf: "2022-03-18T08:16:03.000Z",
    });
  });

  test("the same shift is one alert however often detection runs", async () => {
    const first = await detectShifts(store.db, NOW);
    const second = await detectShifts(store.db, new Date(NOW.getTime() + 3_600_000));
    expect(first.created.length).toBeGreaterThan(0);
    expect(second.created).toEqual([]);
    expect((await listAlerts(store.db, { limit: 1000 })).length).toBe(first.created.length);
  });

  test("honours an operator's edited threshold and disabled rules", async () => {
    await detectShifts(store.db, NOW); // installs defaults
    const { rules } = await listRules(store.db);
    for (const rule of rules)
      await upsertRule(store.db, { ...rule, enabled: false }, NOW.toISOString());
    await upsertRule(
      store.db,
      {
        id: "cn-5pp",
        enabled: true,
        params: { kind: "country_share_change", thresholdPp: 5, countries: ["CN"] },
      },
      NOW.toISOString(),
    );
    const { created } = await detectShifts(store.db, NOW);
    expect(created.every((a) => a.ruleId === "cn-5pp" && a.subject === "CN")).toBe(true);
    expect(created.map((a) => a.period)).toContain("2020-02..2020-03");
  });

  test("queues a delivery of each new alert to subscribed webhooks only", async () => {
    const hook = await insertWebhook(
      store.db,
      { url: "https://example.org/hook", secret: "s", events: ["global_south_change"] },
      NOW.toISOString(),
      null,
    );
    const { created } = await detectShifts(store.db, NOW);
    const deliveries = await listDeliveries(store.db, hook.id);
    expect(deliveries.length).toBe(created.filter((a) => a.kind === "global_south_change").length);
    expect(
      deliveries.every((d) => d.status === "pending" && d.event === "global_south_change"),
    ).toBe(true);
  });
});
