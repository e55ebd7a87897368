import { describe, expect, test } from "vitest";
import sitesJson from "../../data/seed/mining-sites.json";
import { seedSitesFileSchema } from "../seed/schema";
import { type CapacityPoint, capacitySeries } from "./capacity-series";
import {
  capacityByCountry,
  SITE_HORIZON_MONTHS,
  siteAtMonth,
  sitesAtMonth,
  undatedSites,
} from "./site-state";

/** The bundled seed: every real fact of the transcribed sites file (release of 2026-12-06). */
const facts = seedSitesFileSchema.parse(sitesJson).rows;
const site = (id: string, month: string) =>
  siteAtMonth(
    facts.filter((f) => f.siteId === id),
    month,
  );

describe("a site's state at a month, from the real facts", () => {
  test("MARA/Penguin Hernandarias: the plan's 27 MW and 1.1 EH/s stay with the plan; energized states none", () => {
    expect(site("mara-penguin-hernandarias", "2023-12")).toMatchObject({
      status: "under_construction",
      asOf: "2023-10",
      capacityMw: 27,
      mwBasis: "planned",
      hashrateEhs: 1.1,
      country: "PY",
    });
    expect(site("mara-penguin-hernandarias", "2024-09")).toMatchObject({
      status: "energized",
      asOf: "2024-08",
      capacityMw: null,
      mwBasis: null,
      hashrateEhs: null,
    });
  });

  test("HIVE Yguazú: energized from 2025-04 with MW not stated, never the plan's 200 MW", () => {
    expect(site("hive-yguazu", "2025-02")).toMatchObject({
      status: "under_construction",
      capacityMw: 200,
      mwBasis: "planned",
    });
    expect(site("hive-yguazu", "2025-04")).toMatchObject({ status: "energized", capacityMw: null });
  });

  test("Río Cuarto: energized at 10 MW of mining load from 2022-09; the 210 MW contract stays a contract", () => {
    expect(site("bitfarms-riocuarto", "2022-08")).toMatchObject({
      status: "announced",
      capacityMw: 210,
      mwBasis: "contracted",
      counted: false, // the contract row is of low confidence
    });
    expect(site("bitfarms-riocuarto", "2022-09")).toMatchObject({
      status: "energized",
      capacityMw: 10,
      mwBasis: "energized_load",
      counted: true,
    });
  });

  test("first_energized places a site from then: Gedu from 2023-08, TeraWulf Lake Mariner from 2022-03", () => {
    expect(site("bitdeer-gedu", "2023-07")).toBeNull();
    expect(site("bitdeer-gedu", "2023-08")).toMatchObject({
      status: "energized",
      capacityMw: 100,
      mwBasis: "facility_capacity",
    });
    expect(site("terawulf-lakemariner", "2022-02")).toBeNull();
    // Energized from 2022-03 on the fact's word; the MW it states belong to the fact's own date.
    expect(site("terawulf-lakemariner", "2022-03")).toMatchObject({
      status: "energized",
      asOf: "2022-03",
      capacityMw: null,
    });
  });

  test("a site appears only from its first dated fact", () => {
    expect(site("mara-penguin-hernandarias", "2023-09")).toBeNull();
    expect(site("mara-penguin-hernandarias", "2023-10")?.status).toBe("under_construction");
    const first = facts
      .flatMap((f) => [f.asOf, f.firstEnergized])
      .filter((m): m is string => m !== null)
      .sort()[0] as string;
    expect(sitesAtMonth(facts, first)).not.toEqual([]);
    expect(sitesAtMonth(facts, "2019-12")).toEqual([]);
  });

  test("a closed or sold site shows as such from its date on", () => {
    expect(site("tether-uruguay-flores", "2025-06")).toBeNull();
    expect(site("tether-uruguay-flores", "2025-07")?.status).toBe("closed");
    expect(site("bitfarms-yguazu", "2025-01")?.status).toBe("sold");
  });

  test("undated facts are placed in no month, whatever the month: listed apart", () => {
    // Jigmeling: only its Apr 2024 plan is dated; "under construction" and "energized" are not.
    for (const month of ["2024-04", "2025-12", "2026-12"]) {
      const s = site("bitdeer-jigmeling", month);
      expect(s).toMatchObject({ status: "announced", capacityMw: 500, mwBasis: "planned" });
      expect(s?.undated.map((f) => f.status)).toEqual(["under_construction", "energized"]);
    }
    // A site none of whose facts is dated is on no map.
    const zengamina = facts.filter((f) => f.siteId === "gridless-zengamina");
    expect(siteAtMonth(zengamina, "2026-12")).toBeNull();
    expect(undatedSites(facts).map((list) => list[0]?.siteId)).toContain("gridless-zengamina");
  });

  test(`a site with no fact in ${SITE_HORIZON_MONTHS} months is last reported, and not counted`, () => {
    // Enegix Ekibastuz: last fact 2022-10, within the 24 months before 2024-10, not before 2024-11.
    expect(site("enegix-ekibastuz", "2024-10")).toMatchObject({ stale: false, counted: true });
    expect(site("enegix-ekibastuz", "2024-11")).toMatchObject({
      stale: true,
      counted: false,
      lastReported: "2022-10",
    });
  });

  test("a low-confidence fact is drawn and badged, never counted", () => {
    expect(site("iren-childress", "2025-03")).toMatchObject({
      confidence: "low",
      counted: false,
      capacityMw: 450,
    });
  });
});

describe("disclosed capacity by country", () => {
  test("sums energized MW per basis, counts sites without MW, never sums plans", () => {
    const sites = sitesAtMonth(facts, "2025-04").filter((s) => s.country === "PY");
    const [py] = capacityByCountry(sites);
    const counted = sites.filter((s) => s.counted);
    const energized = counted.filter((s) => ["energized", "expanded"].includes(s.status));
    const mw = (basis: string) =>
      energized.filter((s) => s.mwBasis === basis).reduce((a, s) => a + (s.capacityMw ?? 0), 0);
    expect(py).toMatchObject({
      country: "PY",
      energizedMw: mw("energized_load"),
      facilityMw: mw("facility_capacity"),
      mwNotStated: energized.filter((s) => s.capacityMw === null).length,
      energizedSites: energized.length,
      sites: counted.length,
      notCounted: sites.length - counted.length,
    });
    // HIVE Yguazú is energized with MW not stated: it adds a site, not its plan's 200 MW.
    expect(py?.mwNotStated).toBeGreaterThanOrEqual(1);
    expect(py?.energizedMw).toBeLessThan(200);
  });

  test("Bhutan: Gedu's 100 MW energized from 2023-08; Jigmeling's 500 MW never in a total", () => {
    const bt = (m: string) =>
      capacityByCountry(sitesAtMonth(facts, m)).find((c) => c.country === "BT");
    expect(bt("2023-07")).toBeUndefined();
    expect(bt("2023-08")).toMatchObject({ facilityMw: 100, energizedMw: 0 });
    expect(bt("2025-08")?.facilityMw).toBe(100);
    // Gedu's last fact is of 2023-08: from 2025-09 it is last reported, and leaves the total.
    expect(bt("2025-09")?.facilityMw).toBe(0);
    expect(site("bitdeer-gedu", "2025-09")).toMatchObject({ stale: true, lastReported: "2023-08" });
  });

  test("a month without a new dated fact changes only by the sites passing the horizon", () => {
    const series = capacitySeries(facts, null, "2026-12");
    const datedAt = new Set(facts.flatMap((f) => [f.asOf, f.firstEnergized]));
    for (let i = 1; i < series.length; i += 1) {
      const [before, after] = [series[i - 1], series[i]] as [CapacityPoint, CapacityPoint];
      if (datedAt.has(after.month)) continue;
      const leaving = sitesAtMonth(facts, before.month).filter(
        (s) =>
          s.counted &&
          !siteAtMonth(
            facts.filter((f) => f.siteId === s.id),
            after.month,
          )?.counted,
      );
      const mw = leaving
        .filter(
          (s) => ["energized", "expanded"].includes(s.status) && s.mwBasis === "energized_load",
        )
        .reduce((a, s) => a + (s.capacityMw ?? 0), 0);
      expect(after.sites, after.month).toBe(before.sites - leaving.length);
      expect(after.energizedMw, after.month).toBeCloseTo(before.energizedMw - mw, 6);
      // Nothing undated ever enters: no month's total moves without a dated fact or the horizon.
      if (leaving.length === 0) expect({ ...after, month: "" }).toEqual({ ...before, month: "" });
    }
  });
});
