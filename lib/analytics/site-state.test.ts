import { describe, expect, test } from "vitest";
import sitesJson from "../../data/seed/mining-sites.json";
import { seedSitesFileSchema } from "../seed/schema";
import { capacityByCountry, siteAtMonth, sitesAtMonth } from "./site-state";

/** The bundled seed: every real fact of the transcribed sites file. */
const facts = seedSitesFileSchema.parse(sitesJson).rows;
const NEWEST = "2026-11";
const site = (id: string, month: string) =>
  siteAtMonth(
    facts.filter((f) => f.siteId === id),
    month,
    NEWEST,
  );

describe("a site's state at a month, from the real facts", () => {
  test("MARA/Penguin Hernandarias: under construction in 2023-12, energized in 2024-09 with the MW and EH/s stated before", () => {
    expect(site("mara-penguin-hernandarias", "2023-12")).toMatchObject({
      status: "under_construction",
      asOf: "2023-10",
      capacityMw: 27,
      hashrateEhs: 1.1,
      country: "PY",
    });
    expect(site("mara-penguin-hernandarias", "2024-09")).toMatchObject({
      status: "energized",
      asOf: "2024-08",
      capacityMw: 27,
      hashrateEhs: 1.1,
    });
  });

  test("HIVE Yguazú: under construction in 2025-02, energized in 2025-04", () => {
    expect(site("hive-yguazu", "2025-02")?.status).toBe("under_construction");
    expect(site("hive-yguazu", "2025-04")?.status).toBe("energized");
  });

  test("a site appears only from its first dated fact", () => {
    expect(site("mara-penguin-hernandarias", "2023-09")).toBeNull();
    expect(site("mara-penguin-hernandarias", "2023-10")?.status).toBe("under_construction");
    const before = sitesAtMonth(facts, "2021-02", NEWEST);
    const firstDated = facts
      .map((f) => f.asOf)
      .filter((m): m is string => m !== null)
      .sort()[0];
    expect(firstDated).toBe("2021-03");
    expect(before).toEqual([]);
  });

  test("a closed or sold site shows as such from its date on", () => {
    expect(site("tether-uruguay-flores", "2025-06")).toBeNull();
    expect(site("tether-uruguay-flores", "2025-07")?.status).toBe("closed");
    expect(site("tether-uruguay-flores", "2026-01")?.status).toBe("closed");
    expect(site("bitfarms-yguazu", "2025-01")?.status).toBe("sold");
  });

  test("undated facts are never back-dated: they count in the newest month only, marked", () => {
    expect(site("bitdeer-jigmeling", "2025-06")).toBeNull();
    const now = site("bitdeer-jigmeling", NEWEST);
    expect(now).toMatchObject({ status: "energized", asOf: null, capacityMw: 500 });
    expect(now?.facts.every((f) => f.asOf === null)).toBe(true);
  });

  test("each fact keeps its source; the card lists the facts known by the month", () => {
    const s = site("mara-penguin-hernandarias", "2023-12");
    expect(s?.facts).toHaveLength(1);
    expect(s?.source.url).toMatch(/^https:\/\//);
    expect(site("mara-penguin-hernandarias", "2024-09")?.facts).toHaveLength(2);
  });
});

describe("disclosed capacity by country", () => {
  test("keeps energized, under-construction and announced MW apart", () => {
    const byCountry = capacityByCountry(sitesAtMonth(facts, "2025-04", NEWEST));
    const py = byCountry.find((c) => c.country === "PY");
    const state = sitesAtMonth(facts, "2025-04", NEWEST).filter((s) => s.country === "PY");
    const sum = (status: string[]) =>
      state.filter((s) => status.includes(s.status)).reduce((a, s) => a + (s.capacityMw ?? 0), 0);
    expect(py).toEqual({
      country: "PY",
      energizedMw: sum(["energized", "expanded"]),
      underConstructionMw: sum(["under_construction"]),
      announcedMw: sum(["announced"]),
      sites: state.length,
    });
    expect(py?.energizedMw).toBeGreaterThan(200); // HIVE Yguazú's 200 MW among them
  });

  test("Ethiopia's first site appears only from its first dated fact, and grows after", () => {
    const mw = (m: string) =>
      capacityByCountry(sitesAtMonth(facts, m, NEWEST)).find((c) => c.country === "ET")
        ?.energizedMw ?? 0;
    const et = facts
      .filter((f) => f.country === "ET" && f.asOf !== null)
      .map((f) => f.asOf as string)
      .sort();
    expect(et.length).toBeGreaterThan(0);
    const first = et[0] as string;
    expect(mw("2021-12")).toBe(0);
    expect(mw("2026-10")).toBeGreaterThanOrEqual(mw(first));
  });
});
