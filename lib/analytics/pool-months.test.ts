import { describe, expect, test } from "vitest";
import type { WeeklyShareRow } from "../store/pool-history";
import {
  choosePoolEvidence,
  newestWindowByMonth,
  weeklyEvidenceByMonth,
  windowEvidence,
} from "./pool-months";

const win = (periodStart: string, periodEnd: string, sourceId = "mempool") => ({
  sourceId,
  periodStart,
  periodEnd,
});

describe("newestWindowByMonth", () => {
  test("puts a window ending exactly at 00:00Z on the 1st in the month before", () => {
    const may1 = win("2025-04-24T00:00:00.000Z", "2025-05-01T00:00:00.000Z");
    const byMonth = newestWindowByMonth([may1]);
    expect([...byMonth.keys()]).toEqual(["2025-04"]);
  });

  test("keeps the newest window of each month: latest end, then latest start, then source id", () => {
    const a = win("2025-04-01T00:00:00.000Z", "2025-04-08T00:00:00.000Z");
    const b = win("2025-04-10T00:00:00.000Z", "2025-04-17T00:00:00.000Z");
    const shorter = win("2025-04-16T00:00:00.000Z", "2025-04-17T00:00:00.000Z");
    const other = win("2025-04-16T00:00:00.000Z", "2025-04-17T00:00:00.000Z", "another");
    const june = win("2025-06-01T00:00:00.000Z", "2025-06-08T00:00:00.000Z");
    const byMonth = newestWindowByMonth([june, a, shorter, b, other]);
    expect(byMonth.get("2025-04")).toBe(other);
    expect(byMonth.get("2025-06")).toBe(june);
    expect(byMonth.has("2025-05")).toBe(false);
  });
});

describe("weeklyEvidenceByMonth", () => {
  const row = (weekStart: string, slug: string, share: number): WeeklyShareRow => ({
    sourceId: "mempool",
    slug,
    weekStart,
    share,
  });

  test("averages each pool over the month's weeks, counting a missing week as zero", () => {
    const rows = [
      row("2025-03-03T00:00:00.000Z", "foundryusa", 0.3),
      row("2025-03-03T00:00:00.000Z", "antpool", 0.2),
      row("2025-03-10T00:00:00.000Z", "foundryusa", 0.4),
    ];
    const march = weeklyEvidenceByMonth(rows).get("2025-03");
    expect(march).toMatchObject({
      basis: "weekly-hashrate",
      sourceId: "mempool",
      periodStart: "2025-03-03T00:00:00.000Z",
      periodEnd: "2025-03-17T00:00:00.000Z",
      periods: 2,
    });
    expect(march?.shares.map((s) => [s.slug, s.share])).toEqual([
      ["foundryusa", expect.closeTo(0.35, 12)],
      ["antpool", expect.closeTo(0.1, 12)],
    ]);
  });

  test("buckets a week by its last day: one ending at 00:00Z on the 1st is the month before", () => {
    const rows = [
      row("2025-03-25T00:00:00.000Z", "foundryusa", 0.3), // ends 2025-04-01T00:00Z → March
      row("2025-03-26T00:00:00.000Z", "foundryusa", 0.3), // ends 2025-04-02T00:00Z → April
    ];
    const byMonth = weeklyEvidenceByMonth(rows);
    expect(byMonth.get("2025-03")?.periods).toBe(1);
    expect(byMonth.get("2025-04")?.periods).toBe(1);
  });
});

describe("choosePoolEvidence", () => {
  test("uses a month's block window over its weekly shares, never both, and weekly where alone", () => {
    const w = win("2025-03-26T00:00:00.000Z", "2025-04-02T00:00:00.000Z");
    const blocks = new Map([["2025-04", windowEvidence(w, [{ slug: "foundryusa", share: 0.31 }])]]);
    const weekly = weeklyEvidenceByMonth([
      {
        sourceId: "mempool",
        slug: "foundryusa",
        weekStart: "2025-03-03T00:00:00.000Z",
        share: 0.3,
      },
      {
        sourceId: "mempool",
        slug: "foundryusa",
        weekStart: "2025-04-07T00:00:00.000Z",
        share: 0.5,
      },
    ]);
    const chosen = choosePoolEvidence(blocks, weekly);
    expect(chosen.map((e) => [e.month, e.basis])).toEqual([
      ["2025-03", "weekly-hashrate"],
      ["2025-04", "blocks"],
    ]);
    expect(chosen[1]?.shares).toEqual([{ slug: "foundryusa", share: 0.31 }]);
  });
});
