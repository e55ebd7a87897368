import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { monthRange } from "@/lib/core/month";
import { resetEnvCache } from "@/lib/env";
import {
  capacitySchema,
  concentrationSchema,
  countryHistorySchema,
  footprintSchema,
  globalSouthSchema,
  monthsSchema,
  nodeLocationsSchema,
  nodesSchema,
  poolsSchema,
  sharesSchema,
  sitesSchema,
} from "@/lib/responses/schemas";
import { GET as countryRoute } from "./v1/countries/[iso]/route";
import { GET as globalSouth } from "./v1/global-south/route";
import { GET as months } from "./v1/months/route";
import { GET as nodes } from "./v1/nodes/route";
import { GET as concentration } from "./v1/pools/concentration/route";
import { GET as footprint } from "./v1/pools/footprint/route";
import { GET as pools } from "./v1/pools/route";
import { GET as shares } from "./v1/shares/route";
import { GET as capacity } from "./v1/sites/capacity/route";
import { GET as sites } from "./v1/sites/route";

type Handler = (request: Request) => Promise<Response>;
const call = (handler: Handler, path: string) => handler(new Request(`http://localhost${path}`));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-map-api-"));
  process.env.ATLAS_DB_PATH = join(dir, "atlas.db");
  delete process.env.DATABASE_URL;
  resetEnvCache();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the schemas the browser parses responses with", () => {
  test("accept what every route the map uses returns", async () => {
    monthsSchema.parse(await (await call(months, "/api/v1/months")).json());
    sharesSchema.parse(await (await call(shares, "/api/v1/shares?month=2019-09")).json());
    globalSouthSchema.parse(
      await (await call(globalSouth, "/api/v1/global-south?definition=g77")).json(),
    );
    nodesSchema.parse(await (await call(nodes, "/api/v1/nodes?month=2022-06")).json());
    poolsSchema.parse(await (await call(pools, "/api/v1/pools?month=2022-06")).json());
    concentrationSchema.parse(
      await (await call(concentration, "/api/v1/pools/concentration")).json(),
    );
  });
});

describe("GET /api/v1/pools/concentration", () => {
  test("gives every month 2020-01 … 2026-02 its Nakamoto coefficient, HHI, basis and coverage", async () => {
    const res = await call(concentration, "/api/v1/pools/concentration");
    expect(res.status).toBe(200);
    const body = concentrationSchema.parse(await res.json());
    // The bundled pool history: every complete month 2020-01 … 2026-02, one block window each.
    expect(body.series.map((p) => p.month)).toEqual(monthRange("2020-01", "2026-02"));
    expect(body.series.every((p) => p.basis === "blocks" && p.periods === 1)).toBe(true);
    // The 2024 halving month holds exactly the raw table's 4,407 blocks (3 of them unknown).
    const halving = body.series.find((p) => p.month === "2024-04");
    expect(halving).toMatchObject({
      source: "pool-history",
      periodStart: "2024-04-01T00:00:00.000Z",
      periodEnd: "2024-05-01T00:00:00.000Z",
      blocks: 4407,
      coverage: expect.closeTo(4404 / 4407, 6),
    });
    // A complete month outranks the seed's recorded week that also ends in April 2025.
    expect(body.series.find((p) => p.month === "2025-04")?.source).toBe("pool-history");
    expect(body.rule).toMatch(/last instant/);
    const month = await (await call(pools, "/api/v1/pools?month=2024-04")).json();
    expect(month.pools.reduce((a: number, p: { blocks: number }) => a + p.blocks, 0)).toBe(4407);
    expect(month.pools[0]).toMatchObject({ slug: "foundryusa", blocks: 1215 });
    expect(month.concentration).toEqual({
      nakamoto: halving?.nakamoto,
      hhi: halving?.hhi,
    });
  });

  test("serves the same series as CSV", async () => {
    const res = await call(concentration, "/api/v1/pools/concentration?format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    expect(res.headers.get("content-disposition")).toContain("pool-concentration.csv");
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "month,nakamoto,hhi,basis,period_start,period_end,periods,blocks,source,coverage,pools",
    );
    expect(lines).toHaveLength(1 + 74);
    expect(lines.find((l) => l.startsWith("2024-04,"))).toMatch(
      /^2024-04,\d+,[\d.]+,blocks,2024-04-01T00:00:00.000Z,2024-05-01T00:00:00.000Z,1,4407,pool-history,/,
    );
  });

  test("rejects an unknown parameter, a bad format and a repeated one with a JSON 400", async () => {
    for (const [query, code] of [
      ["?month=2025-04", "unknown_parameter"],
      ["?format=xml", "invalid_parameter"],
      ["?format=csv&format=json", "invalid_parameter"],
    ] as const) {
      const res = await call(concentration, `/api/v1/pools/concentration${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect((await res.json()).error.code, query).toBe(code);
    }
  });
});

describe("GET /api/v1/nodes: the DSN monitor's counts and the fixed-seed sample", () => {
  test("2025-03: DSN's per-country counts and the curated sample, each labelled, no census", async () => {
    const body = nodesSchema.parse(await (await call(nodes, "/api/v1/nodes?month=2025-03")).json());
    // No census within 92 days: the 2022 Bitnodes snapshot is named, not shown.
    expect(body.snapshot).toBeNull();
    expect(body.olderSnapshot?.timestamp).toBe("2022-03-18T08:16:03.000Z");
    // The sample's per-country counts are never a country's node count: none are given.
    expect(body.countries).toEqual([]);
    expect(body.sample).toMatchObject({
      timestamp: "2025-03-06T00:00:00.000Z",
      label: "curated sample (Bitcoin Core fixed seeds), not all nodes",
      total: 2031,
      source: { id: "fixed-seeds", licence: expect.stringMatching(/^MIT/) },
    });
    expect(body.countryCounts).toMatchObject({
      scope: "peers seen by one monitor in Germany, top 10 countries by registry, clearnet",
      partial: null,
      source: { id: "dsn", licence: "CC BY 4.0" },
    });
    expect(body.countryCounts?.countries).toHaveLength(10);
    expect(body.countryCounts?.countries[0]).toEqual({
      country: "US",
      name: "United States",
      median: 4230,
      min: 2656,
      max: 4639,
    });
    // The partial months say so.
    const october = nodesSchema.parse(
      await (await call(nodes, "/api/v1/nodes?month=2025-10")).json(),
    );
    expect(october.countryCounts?.partial).toBe("samples from 2025-10-01 to 2025-10-18 only");
  });

  test("the map draws the sample's located points only when the month has no census, and says so", async () => {
    const body = nodeLocationsSchema.parse(
      await (await call(nodes, "/api/v1/nodes?month=2025-03&detail=locations")).json(),
    );
    expect(body.locationsOf).toBe("sample");
    expect(body.locations.reduce((a, [, , n]) => a + n, 0)).toBe(body.sample?.located);
    const census = nodeLocationsSchema.parse(
      await (await call(nodes, "/api/v1/nodes?month=2022-03&detail=locations")).json(),
    );
    expect(census.locationsOf).toBe("snapshot");
    expect(census.sample).toBeNull();
  });

  test("2023-06: no nodes of any kind, and the newest older snapshot is named", async () => {
    const body = nodeLocationsSchema.parse(
      await (await call(nodes, "/api/v1/nodes?month=2023-06&detail=locations")).json(),
    );
    expect(body).toMatchObject({
      snapshot: null,
      sample: null,
      countryCounts: null,
      locations: [],
      locationsOf: null,
    });
    expect(body.olderSnapshot?.source.id).toBe("bitnodes");
  });

  test("a country's node history leaves the sample out", async () => {
    const us = await (
      await countryRoute(new Request("http://localhost/api/v1/countries/US"), {
        params: Promise.resolve({ iso: "US" }),
      })
    ).json();
    expect(us.nodes.map((n: { source: string }) => n.source)).not.toContain("fixed-seeds");
  });
});

describe("GET /api/v1/nodes?detail=locations", () => {
  test("adds every located node of the snapshot as [lat, lon, count] triples", async () => {
    const res = await call(nodes, "/api/v1/nodes?month=2022-05&detail=locations");
    expect(res.status).toBe(200);
    const body = nodeLocationsSchema.parse(await res.json());
    const located = body.locations.reduce((sum, [, , n]) => sum + n, 0);
    const snapshot = body.snapshot;
    if (!snapshot) throw new Error("expected the seeded snapshot");
    expect(located).toBe(snapshot.total - snapshot.unlocated);
    expect(body.locations.some(([lat, lon]) => lat === 0 && lon === 0)).toBe(false);
    for (const [lat, lon] of body.locations) {
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    }
  });

  test("returns no locations before the first snapshot", async () => {
    const body = nodeLocationsSchema.parse(
      await (await call(nodes, "/api/v1/nodes?month=2020-01&detail=locations")).json(),
    );
    expect(body.snapshot).toBeNull();
    expect(body.locations).toEqual([]);
  });

  test("keeps the summary small by default", async () => {
    const body = await (await call(nodes, "/api/v1/nodes?month=2022-06")).json();
    expect(body).not.toHaveProperty("locations");
  });

  test("rejects an unknown detail level", async () => {
    const res = await call(nodes, "/api/v1/nodes?month=2022-06&detail=all");
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_parameter");
  });
});

describe("GET /api/v1/countries/{iso}", () => {
  const get = (iso: string, query = "") =>
    countryRoute(new Request(`http://localhost/api/v1/countries/${iso}${query}`), {
      params: Promise.resolve({ iso }),
    });

  test("returns the country's share in every month, null where it is not named", async () => {
    const res = await get("CN");
    expect(res.status).toBe(200);
    const body = countryHistorySchema.parse(await res.json());
    expect(body.name).toBe("China");
    expect(body.series.find((p) => p.month === "2019-09")).toMatchObject({
      share: 0.7553,
      method: "measured",
    });
    expect(body.nodes.length).toBeGreaterThan(0);
    // Every source a figure comes from is listed with its licence, and no other.
    const cited = new Set([
      ...body.series.map((p) => p.source),
      ...body.nodes.map((n) => n.source),
      ...(body.evidence.claims.length > 0 ? ["published-estimates"] : []),
      ...(body.evidence.regulator.length > 0 ? ["regulator"] : []),
      ...(body.evidence.sites.capacity.length > 0 ? ["sites"] : []),
    ]);
    expect(new Set(body.sources.map((s) => s.id))).toEqual(cited);
    expect(body.sources.find((s) => s.id === "cbeci")?.licence).toBe("CC BY-NC-SA 4.0");
    const ethiopia = countryHistorySchema.parse(await (await get("ET")).json());
    expect(ethiopia.series.find((p) => p.month === "2019-09")?.share).toBeNull();
  });

  test("rejects malformed and unassigned codes and unknown parameters", async () => {
    expect((await get("cn")).status).toBe(400);
    expect((await get("XX")).status).toBe(404);
    expect((await get("CN", "?x=1")).status).toBe(400);
  });
});

describe("GET /api/v1/pools/footprint", () => {
  test("is server geography with its coverage, apart from the hashrate shares", async () => {
    const body = footprintSchema.parse(
      await (await call(footprint, "/api/v1/pools/footprint")).json(),
    );
    expect(body.what).toMatch(/Never a hashrate share/);
    const april = body.series.find((p) => p.month === "2025-04");
    // Offline, only hostname labels locate anything: a sliver of the month's blocks.
    expect(april?.coverage).toBeGreaterThan(0);
    expect(april?.coverage).toBeLessThan(0.1);
    const located = april?.countries.reduce((a, c) => a + c.share, 0) ?? 0;
    expect(april?.coverage).toBeCloseTo(located, 9);
    // …and it never turns into a month of hashrate shares.
    const index = await (await call(months, "/api/v1/months")).json();
    expect(index.months).not.toContain("2025-04");
  });
});

describe("GET /api/v1/sites", () => {
  test("places each site's facts at the right months, each with the MW it states", async () => {
    const at = async (month: string) =>
      sitesSchema.parse(await (await call(sites, `/api/v1/sites?month=${month}`)).json());
    const dec2023 = await at("2023-12");
    expect(dec2023.sites.find((s) => s.id === "mara-penguin-hernandarias")).toMatchObject({
      status: "under_construction",
      capacityMw: 27,
      hashrateEhs: 1.1,
      precision: expect.any(String),
      source: { url: expect.stringMatching(/^https:/) },
    });
    const sep2024 = await at("2024-09");
    // The energized fact states no MW: the plan's 27 MW and 1.1 EH/s stay with the plan.
    expect(sep2024.sites.find((s) => s.id === "mara-penguin-hernandarias")).toMatchObject({
      status: "energized",
      capacityMw: null,
      hashrateEhs: null,
    });
    expect(sep2024.what).toMatch(/disclosure, not of hashrate share/);
    const py = sep2024.byCountry.find((c) => c.country === "PY");
    expect(py?.name).toBe("Paraguay");
    expect((await at("2020-07")).sites).toEqual([]);
    expect((await at("2020-08")).sites.map((s) => s.id)).toEqual(["enegix-ekibastuz"]);
  });

  test("serves CSV, and refuses a future or malformed month", async () => {
    const res = await call(sites, "/api/v1/sites?month=2025-04&format=csv");
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "month,id,operator,name,country,locality,lat,lon,precision,status,as_of,capacity_mw,mw_basis,hashrate_ehs,confidence,last_reported,counted_in_totals,source_url,source_kind,source_date",
    );
    expect(lines.some((l) => l.startsWith("2025-04,hive-yguazu,"))).toBe(true);
    expect((await call(sites, "/api/v1/sites?month=2999-01")).status).toBe(404);
    expect((await call(sites, "/api/v1/sites?month=2025-4")).status).toBe(400);
  });

  test("the current month's disclosed capacity equals the month before's when no dated fact falls between", async () => {
    const body = capacitySchema.parse(
      await (await call(capacity, "/api/v1/sites/capacity?definition=unctad")).json(),
    );
    expect(body.what).toMatch(/Disclosure, not share/);
    const { series } = body;
    expect(series.length).toBeGreaterThan(24);
    // The bundled file dates no fact in November or December 2026, and no Global South site
    // passes the 24-month horizon between them: the two months agree (undated facts never count).
    const [nov, dec] = series.slice(-2);
    expect(dec?.month).toBe(body.newestMonth);
    expect({ ...dec, month: "" }).toEqual({ ...nov, month: "" });
    const peak = Math.max(...series.map((p) => p.energizedMw + p.facilityMw));
    expect(peak).toBeGreaterThan(0);
  });
});

const countryAt = (iso: string) =>
  countryRoute(new Request(`http://localhost/api/v1/countries/${iso}`), {
    params: Promise.resolve({ iso }),
  });

describe("GET /api/v1/countries/{ISO} evidence", () => {
  test("Ethiopia: EEP's 796.28 GWh over the fiscal year it describes, ÷ its 8,784 h; claims with their confidence; sites", async () => {
    const body = countryHistorySchema.parse(await (await countryAt("ET")).json());
    const eep = body.evidence.regulator.find((f) => f.value === "796.28");
    expect(eep).toMatchObject({
      unit: "GWh",
      periodStart: "2023-07-08",
      periodEnd: "2024-07-07",
      described: "8 Jul 2023 – 7 Jul 2024",
      role: "energy",
      source: { date: "2024-08-28" },
    });
    expect(eep?.conversion).toMatch(/^average load 796\.28 GWh ÷ 8,784 h = 90\.65 MW/);
    const confidences = new Set(body.evidence.claims.map((c) => c.confidence));
    expect(confidences).toEqual(new Set(["medium", "low"]));
    expect(body.evidence.sites.now.length).toBeGreaterThan(0);
    expect(body.evidence.sites.capacity[0]?.energizedMw ?? 0).toBeLessThanOrEqual(
      body.evidence.sites.capacity.at(-1)?.energizedMw ?? 0,
    );
    // Ethiopia is never named by a share source: every month says how much it could at most be,
    // and November 2023 is bounded by MinerMetrics' own figure for all of Africa.
    expect(body.series.every((m) => m.share === null && (m.upTo ?? 0) > 0)).toBe(true);
    expect(body.series.find((m) => m.month === "2023-11")).toMatchObject({
      upTo: 0.022,
      boundedBy: "Africa",
    });
    expect(body.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(["regulator", "published-estimates", "sites"]),
    );
  });

  test("Paraguay: ANDE's MW at each date", async () => {
    const body = countryHistorySchema.parse(await (await countryAt("PY")).json());
    const mw = body.evidence.regulator.filter((f) => f.unit === "MW" && f.periodStart !== null);
    expect(mw.map((f) => f.periodStart)).toEqual([...mw.map((f) => f.periodStart)].sort());
    expect(mw.map((f) => f.number)).toEqual(expect.arrayContaining([124.64, 435]));
  });
});
