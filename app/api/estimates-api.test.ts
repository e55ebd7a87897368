import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { monthRange } from "@/lib/core/month";
import { resetEnvCache } from "@/lib/env";
import {
  estimatesSchema,
  estimateValidationSchema,
  networkHashrateSchema,
} from "@/lib/responses/schemas";
import { GET as estimates } from "./v1/estimates/route";
import { GET as validation } from "./v1/estimates/validation/route";
import { GET as network } from "./v1/network/hashrate/route";

type Handler = (request: Request) => Promise<Response>;
const call = (handler: Handler, path: string) => handler(new Request(`http://localhost${path}`));
const RAW = "../shared/data/raw";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-estimates-api-"));
  process.env.ATLAS_DB_PATH = join(dir, "atlas.db");
  delete process.env.DATABASE_URL;
  resetEnvCache();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The worked arithmetic, done again here from the raw files with nothing of the app's. */
function handArithmetic(eff?: [number, number]) {
  const days = readFileSync(`${RAW}/network/btc_network_daily.coinmetrics.csv`, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.startsWith("2024-01-"))
    .map((l) => Number(l.split(",")[1]));
  const h = days.reduce((a, b) => a + b, 0) / days.length;
  const band = readFileSync(`${RAW}/network/fleet_efficiency.cbeci.csv`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("2024-01-01,2024-01-31,"))
    ?.split(",") as string[];
  const [eLo, eHi] = eff ?? [Number(band[2]), Number(band[4])];
  // 796.28 GWh over 8 Jul 2023 – 7 Jul 2024: 366 days (29 Feb 2024) = 8,784 h.
  const mw = (796.28 * 1000) / 8784;
  return { h, low: mw / (eHi * 1.2) / h, high: mw / (eLo * 1.01) / h };
}

describe("GET /api/v1/estimates", () => {
  test("Ethiopia, January 2024, agrees with the arithmetic from the raw files to 1 %", async () => {
    const res = await call(estimates, "/api/v1/estimates?month=2024-01&country=ET");
    expect(res.status).toBe(200);
    const body = estimatesSchema.parse(await res.json());
    const hand = handArithmetic();
    expect(body.networkEhs).toBeCloseTo(hand.h, 2);
    expect(body.countries).toHaveLength(1);
    const et = body.countries[0];
    expect(Math.abs((et?.low ?? 0) / hand.low - 1)).toBeLessThan(0.01);
    expect(Math.abs((et?.high ?? 0) / hand.high - 1)).toBeLessThan(0.01);
    expect(et?.evidence.map((e) => e.arithmetic)).toContain(
      "796.28 GWh ÷ 8,784 h = 90.65 MW; ÷ (16.0–66.0 J/TH × 1.01–1.20) = 1.14–5.61 EH/s; ÷ 521.3 EH/s = 0.22–1.08 %",
    );
    expect(body.assumptions).toMatchObject({
      efficiency: { choice: "cbeci", jPerTh: { low: 16, high: 65.9677 }, assumed: null },
      pue: { low: 1.01, high: 1.2 },
      window: 3,
    });
  });

  test("eff=20-30 moves the range as the formula says", async () => {
    const body = estimatesSchema.parse(
      await (await call(estimates, "/api/v1/estimates?month=2024-01&country=ET&eff=20-30")).json(),
    );
    const hand = handArithmetic([20, 30]);
    expect(body.countries[0]?.low).toBeCloseTo(hand.low, 6);
    expect(body.countries[0]?.high).toBeCloseTo(hand.high, 6);
    expect(body.assumptions.efficiency.jPerTh).toEqual({ low: 20, high: 30 });
  });

  test("after May 2025 the held CBECI band is said", async () => {
    const body = estimatesSchema.parse(
      await (await call(estimates, "/api/v1/estimates?month=2025-09")).json(),
    );
    expect(body.assumptions.efficiency.assumed).toBe("assumed: CBECI band of May 2025 held");
  });

  test("every month from 2022-02 to the newest with network hashrate has a Global South range or a sentence why not", async () => {
    const net = networkHashrateSchema.parse(
      await (await call(network, "/api/v1/network/hashrate")).json(),
    );
    const newest = net.months.filter((m) => m.ehs !== null).at(-1)?.month as string;
    expect(newest).toBe("2026-05");
    for (const month of monthRange("2022-02", newest)) {
      const body = estimatesSchema.parse(
        await (await call(estimates, `/api/v1/estimates?month=${month}`)).json(),
      );
      const gs = body.globalSouth;
      const ranged = gs.low !== null && gs.high !== null && gs.low <= gs.high;
      expect(ranged || (gs.reason ?? "").length > 20, month).toBe(true);
    }
  }, 120_000);

  test("a month without network hashrate has no range and says why", async () => {
    const body = estimatesSchema.parse(
      await (await call(estimates, "/api/v1/estimates?month=2026-06")).json(),
    );
    expect(body.countries).toEqual([]);
    expect(body.reason).toBe(
      "No network hashrate for 2026-06: only 1 day(s) of values, fewer than 20.",
    );
  });

  test("serves CSV, one row per evidence line, with the assumptions", async () => {
    const res = await call(estimates, "/api/v1/estimates?month=2024-01&country=ET&format=csv");
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "month,country,low,high,state,source,id,date,role,bound,arithmetic,assumptions",
    );
    expect(lines[1]).toMatch(/^2024-01,ET,0\.002\d+,0\.0107\d+,range,regulator,regulator:2,/);
  });

  test("refuses bad parameters with a JSON error", async () => {
    for (const path of [
      "/api/v1/estimates",
      "/api/v1/estimates?month=2024-13",
      "/api/v1/estimates?month=2024-01&eff=40-20",
      "/api/v1/estimates?month=2024-01&pue=0.5-1",
      "/api/v1/estimates?month=2024-01&win=99",
      "/api/v1/estimates?month=2024-01&country=XX",
      "/api/v1/estimates?month=2024-01&colour=red",
      "/api/v1/estimates/validation?win=x",
    ]) {
      const res = await call(path.includes("validation") ? validation : estimates, path);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code, path).toMatch(/invalid_parameter|unknown_parameter/);
    }
  });
});

describe("GET /api/v1/network/hashrate", () => {
  test("gives each month its mean and day count; June 2026 has one day and no value", async () => {
    const body = networkHashrateSchema.parse(
      await (await call(network, "/api/v1/network/hashrate")).json(),
    );
    expect(body.months[0]).toMatchObject({
      month: "2019-09",
      days: 30,
      source: "network-hashrate",
    });
    expect(body.months.find((m) => m.month === "2024-01")).toEqual({
      month: "2024-01",
      ehs: 521.315,
      days: 31,
      source: "network-hashrate",
    });
    expect(body.months.find((m) => m.month === "2026-06")).toMatchObject({ ehs: null, days: 1 });
  });
});

describe("GET /api/v1/estimates/validation", () => {
  test("compares ranges with measured and reported figures, with counts that add up", async () => {
    const body = estimateValidationSchema.parse(
      await (await call(validation, "/api/v1/estimates/validation")).json(),
    );
    const { inside, outside, conflict } = body.counts;
    expect(inside + outside + conflict).toBe(body.rows.length);
    expect(body.rows.length).toBeGreaterThan(0);
    for (const r of body.rows) {
      if (r.verdict === "inside") {
        expect(r.low === null || r.share >= r.low).toBe(true);
        expect(r.high === null || r.share <= r.high).toBe(true);
      }
      if (r.verdict === "outside")
        expect((r.low !== null && r.share < r.low) || (r.high !== null && r.share > r.high)).toBe(
          true,
        );
    }
    expect(body.reasons.join(" ")).toMatch(/AI|curtail|illegal/i);
  });
});
