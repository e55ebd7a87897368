import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { definitionsSchema } from "@/lib/responses/schemas";
import { GET as health } from "./health/route";
import { GET as definitions } from "./v1/definitions/route";
import { GET as globalSouth } from "./v1/global-south/route";
import { GET as months } from "./v1/months/route";
import { GET as nodes } from "./v1/nodes/route";
import { GET as shares } from "./v1/shares/route";

type Handler = (request: Request) => Promise<Response>;
const call = (handler: Handler, path: string) => handler(new Request(`http://localhost${path}`));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-api-"));
  process.env.ATLAS_DB_PATH = join(dir, "atlas.db");
  delete process.env.DATABASE_URL;
  resetEnvCache();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expectError(res: Response, status: number, code: string): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toMatch(/at .*\.ts:\d+/);
  return body.error.message;
}

describe("GET /api/v1/shares", () => {
  test("returns the month's shares as fractions with method and source", async () => {
    const res = await call(shares, "/api/v1/shares?month=2019-09");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.month).toBe("2019-09");
    expect(body.method).toBe("measured");
    expect(body.rows[0]).toMatchObject({
      country: "CN",
      name: "China",
      share: 0.7553,
      method: "measured",
      source: "cbeci",
    });
    expect(body.rows.find((r: { label: string }) => r.label === "Other").country).toBeNull();
    expect(body.coverage).toBeCloseTo(0.9389, 9); // named countries; the file sums to 99.99%
  });

  test("returns the same rows as CSV", async () => {
    const res = await call(shares, "/api/v1/shares?month=2019-09&format=csv");
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "month,country,name,label,share,method,source,global_south,global_south_definition,caveat",
    );
    expect(lines[1]).toBe("2019-09,CN,China,Mainland China,0.7553,measured,cbeci,yes,unctad,");
    expect(
      lines.some((l) => l.startsWith("2019-09,,Other,Other,0.061,measured,cbeci,unknown,unctad,")),
    ).toBe(true);
  });

  test("the CSV is the on-screen table: the share no country is named for is a row, unknown", async () => {
    const res = await call(shares, "/api/v1/shares?month=2025-06&format=csv&definition=g77");
    const lines = (await res.text()).trim().split("\r\n");
    const notNamed = lines.filter((l) => l.includes("Not named by the source"));
    expect(notNamed).toHaveLength(1);
    expect(notNamed[0]).toMatch(
      /^2025-06,,Not named by the source,Not named by the source,0\.\d+,reported,[\w-]+,unknown,g77,/,
    );
    const us = lines.find((l) => l.startsWith("2025-06,US,"));
    expect(us).toContain(",no,g77,");
  });

  test("in compare mode the CSV holds both months", async () => {
    const res = await call(shares, "/api/v1/shares?month=2025-06&compare=2019-09&format=csv");
    expect(res.headers.get("content-disposition")).toContain(
      "hashrate-shares-2025-06-vs-2019-09.csv",
    );
    const months = new Set(
      (await res.text())
        .trim()
        .split("\r\n")
        .slice(1)
        .map((l) => l.slice(0, 7)),
    );
    expect([...months]).toEqual(["2025-06", "2019-09"]);
  });

  test.each([
    ["malformed month 2019-13", "/api/v1/shares?month=2019-13", 400, "invalid_parameter"],
    ["non-month abc", "/api/v1/shares?month=abc", 400, "invalid_parameter"],
    ["missing month", "/api/v1/shares", 400, "invalid_parameter"],
    ["format=xml", "/api/v1/shares?month=2019-09&format=xml", 400, "invalid_parameter"],
    ["an unknown parameter", "/api/v1/shares?month=2019-09&country=CN", 400, "unknown_parameter"],
    [
      "a repeated parameter",
      "/api/v1/shares?month=2019-09&month=2019-10",
      400,
      "invalid_parameter",
    ],
    ["a month without data", "/api/v1/shares?month=2015-01", 404, "not_found"],
  ])("rejects %s", async (_name, path, status, code) => {
    await expectError(await call(shares, path), status, code);
  });
});

describe("GET /api/v1/months", () => {
  test("lists months in order with the latest", async () => {
    const body = await (await call(months, "/api/v1/months")).json();
    expect(body.months.slice(0, 2)).toEqual(["2019-09", "2019-10"]);
    expect(body.latest).toBe(body.months.at(-1));
  });

  test("names the newest country data and its source, never 'live' for a published estimate", async () => {
    const body = await (await call(months, "/api/v1/months")).json();
    expect(body.series.every((s: { method: string }) => s.method !== "modeled")).toBe(true);
    // The newest: Hashrate Index's late-October 2025 figures, relayed by Reuters.
    expect(body.newest).toEqual({
      month: "2025-10",
      method: "reported",
      source: {
        id: "reported-hashrate-index-as-reported-by-reuters",
        name: expect.stringMatching(/^Hashrate Index \(Luxor\), as reported by Reuters/),
        publisher: expect.stringMatching(/Hashrate Index/),
      },
      live: false,
    });
    expect(body.latest).toBe("2025-10");
  });
});

describe("GET /api/v1/definitions", () => {
  test("lists every definition with its source, vintage and judgement calls", async () => {
    const body = definitionsSchema.parse(
      await (await call(definitions, "/api/v1/definitions")).json(),
    );
    expect(body.default).toBe("unctad");
    expect(body.definitions.map((d) => d.id)).toEqual([
      "unctad",
      "unctad-ex-china",
      "unctad-legacy",
      "g77",
    ]);
    for (const d of body.definitions) {
      expect(d.sourceUrl).toMatch(/^https:\/\//);
      expect(d.judgementCalls.length).toBeGreaterThan(0);
      expect(d.memberCount).toBe(d.members.length);
    }
    const unctad = body.definitions.find((d) => d.id === "unctad");
    expect(unctad?.members).toContain("KZ");
    expect(unctad?.members).not.toContain("KR");
  });

  test("rejects parameters it does not take", async () => {
    await expectError(
      await call(definitions, "/api/v1/definitions?id=unctad"),
      400,
      "unknown_parameter",
    );
  });
});

describe("GET /api/v1/global-south", () => {
  test("gives every month a range [low, high] next to the named members' share", async () => {
    const body = await (await call(globalSouth, "/api/v1/global-south")).json();
    expect(body.minCoverage).toBe(0.5);
    for (const p of body.series) {
      expect(p.coverage).toBeGreaterThanOrEqual(0.5);
      expect(p.share).toBe(p.low);
      expect(p.high).toBeGreaterThanOrEqual(p.low);
      // Without group figures, the top is what the source names plus what it leaves open.
      if (p.boundedBy.length === 0)
        expect(p.high).toBeCloseTo(Math.min(1, p.low + p.unattributed + p.relocated), 9);
    }
    const at = (m: string) => body.series.find((p: { month: string }) => p.month === m);
    expect(at("2021-07").low).toBeCloseTo(0.2299, 9);
    expect(at("2021-07").high).toBeGreaterThanOrEqual(0.324);
    // The "July 2025" map describes 30 June 2025.
    expect(at("2025-07")).toBeUndefined();
    expect(at("2025-06")).toMatchObject({ method: "reported", source: "hashrate-index" });
    expect(at("2025-06").low).toBeCloseTo(0.2424, 9);
    expect(at("2025-06").high).toBeCloseTo(0.4465, 4);
    expect(at("2021-07").caveats.join(" ")).toMatch(/relocated/);
    expect(body.sources.map((s: { id: string }) => s.id).sort()).toEqual([
      "cbeci",
      "hashrate-index",
      "reported-hashrate-index-as-reported-by-reuters",
      "reported-minermetrics",
    ]);
    // MinerMetrics' November 2023 map names 56.9 %, China not among them; its Africa figure
    // (2.2 %) is Global South hashrate too: 11.7–52.6 %.
    expect(at("2023-11")).toMatchObject({
      method: "reported",
      source: "reported-minermetrics",
      boundedBy: ["Africa"],
    });
    expect(at("2023-11").low).toBeCloseTo(0.117, 9);
    expect(at("2023-11").high).toBeCloseTo(0.095 + 0.431, 9);
    // No month of the bundled seed names countries for less than half of its hashrate.
    expect(body.insufficient).toEqual([]);
  });

  test("excluding China, MinerMetrics' own US + China + Russia figure caps November 2023 at 25.6 %", async () => {
    const body = await (
      await call(globalSouth, "/api/v1/global-south?definition=unctad-ex-china")
    ).json();
    const nov = body.series.find((p: { month: string }) => p.month === "2023-11");
    expect(nov.low).toBeCloseTo(0.117, 9);
    expect(nov.high).toBeCloseTo(0.256, 9);
    expect(nov.boundedBy).toEqual(["Africa", "United States + China + Russia"]);
  });

  test("the older UNCTAD vintage leaves Kazakhstan out of July 2021", async () => {
    const body = await (
      await call(globalSouth, "/api/v1/global-south?definition=unctad-legacy")
    ).json();
    expect(body.definition.vintage).toMatch(/transition economies/);
    const july = body.series.find((p: { month: string }) => p.month === "2021-07");
    expect(july.low).toBeCloseTo(0.092, 9);
  });

  test("defaults to the UNCTAD definition and says so", async () => {
    const body = await (await call(globalSouth, "/api/v1/global-south")).json();
    expect(body.definition.id).toBe("unctad");
    expect(body.definition.source).toMatch(/^https:\/\//);
    const sep2019 = body.series.find((p: { month: string }) => p.month === "2019-09");
    expect(sep2019).toMatchObject({ method: "measured", source: "cbeci" });
    expect(sep2019.low).toBeCloseTo(0.8194, 6);
    expect(sep2019.high).toBeGreaterThanOrEqual(0.88);
  });

  test("serves CSV for another definition, with the range", async () => {
    const res = await call(globalSouth, "/api/v1/global-south?definition=g77&format=csv");
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "month,definition,share,low,high,unattributed,relocated,coverage,method,source,caveats",
    );
    expect(lines[1]).toMatch(
      /^2019-09,g77,0\.8052,0\.8052,0\.875\d*,0\.061\d*,0\.009,0\.9389,measured,cbeci,"0\.9 % of hashrate \(Germany\) is flagged/,
    );
  });

  test("rejects an unknown definition with the allowed ones", async () => {
    const message = await expectError(
      await call(globalSouth, "/api/v1/global-south?definition=nope"),
      400,
      "invalid_parameter",
    );
    expect(message).toContain("unctad");
  });
});

describe("GET /api/v1/nodes", () => {
  test("uses the newest snapshot within 92 days before the month's end", async () => {
    const body = await (await call(nodes, "/api/v1/nodes?month=2022-05")).json();
    expect(body.snapshot).toMatchObject({ total: 15083, unlocated: expect.any(Number) });
    expect(body.countries[0]).toEqual({ country: "US", name: "United States", count: 1866 });
    expect(body.olderSnapshot).toBeNull();
  });

  test("gives no snapshot for a month long after the newest one, and names that one", async () => {
    const body = await (await call(nodes, "/api/v1/nodes?month=2025-07")).json();
    expect(body.snapshot).toBeNull();
    expect(body.countries).toEqual([]);
    expect(body.olderSnapshot).toEqual({
      timestamp: "2022-03-18T08:16:03.000Z",
      source: { id: "bitnodes", name: expect.stringMatching(/Bitnodes/) },
    });
  });

  test("reports a gap, not an error, before the first snapshot", async () => {
    const body = await (await call(nodes, "/api/v1/nodes?month=2020-01")).json();
    expect(body).toEqual({
      month: "2020-01",
      snapshot: null,
      countries: [],
      olderSnapshot: null,
      sample: null,
      countryCounts: null,
    });
  });

  test("rejects a malformed or future month", async () => {
    await expectError(await call(nodes, "/api/v1/nodes?month=2022-3"), 400, "invalid_parameter");
    await expectError(await call(nodes, "/api/v1/nodes?month=2999-01"), 404, "not_found");
  });
});

describe("GET /api/health", () => {
  test("reports the database and each source's freshness", async () => {
    const res = await call(health, "/api/health");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.db).toMatchObject({ ok: true, dialect: "sqlite" });
    const bitnodes = body.sources.find((s: { id: string }) => s.id === "bitnodes");
    // The bundled snapshot is from 2022: honest health says the live node source is stale.
    expect(bitnodes).toMatchObject({ stale: true, dataAsOf: "2022-03-18T08:16:03.000Z" });
    expect(body.sources.find((s: { id: string }) => s.id === "cbeci").stale).toBe(false);
    expect(body.status).toBe("degraded");
  });
});
