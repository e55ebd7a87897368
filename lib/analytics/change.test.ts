import { describe, expect, test } from "vitest";
import { describeChange, formatChangeSpan, type GroupFigure, groupChange } from "./change";

const figure = (
  month: string,
  source: string,
  named: Record<string, number>,
  unattributed = 0,
): GroupFigure => {
  const low = Object.values(named).reduce((a, b) => a + b, 0);
  return {
    month,
    source,
    method: "reported",
    low,
    high: low + unattributed,
    named: Object.entries(named).map(([country, share]) => ({ country, share })),
  };
};
const name = (id: string) => ({ hri: "Hashrate Index", ccaf: "CBECI" })[id] ?? id;

describe("a change between two months", () => {
  test("within one source: one number, over the members named in both months", () => {
    const may = figure("2025-05", "hri", { CN: 0.137, PY: 0.036 }, 0.25);
    const july = figure("2025-07", "hri", { CN: 0.138, PY: 0.039, AE: 0.035 }, 0.2);
    expect(groupChange(may, july)).toEqual({ kind: "same-source", value: 0.004, leftOut: ["AE"] });
    expect(describeChange(may, july, name)).toBe(
      "+0.4 points since May 2025, among the member countries named in both months (same source, Hashrate Index)",
    );
  });

  test("within one source naming the same members: says the source", () => {
    const a = figure("2021-06", "ccaf", { KZ: 0.1 });
    const b = figure("2021-07", "ccaf", { KZ: 0.138 });
    expect(describeChange(a, b, name)).toBe("+3.8 points since June 2021 (same source, CBECI)");
  });

  test("across sources: the span the two ranges allow, naming both", () => {
    const sep2019 = figure("2019-09", "ccaf", { CN: 0.819 }, 0.071);
    const july = figure("2025-07", "hri", { CN: 0.242 }, 0.204);
    expect(groupChange(sep2019, july)).toEqual({
      kind: "across-sources",
      low: -0.648,
      high: -0.373,
    });
    expect(describeChange(sep2019, july, name)).toBe(
      "37 to 65 points lower than in September 2019 (different sources: CBECI then, Hashrate Index now; compared as ranges)",
    );
  });

  test("a span that crosses zero says both directions", () => {
    expect(formatChangeSpan(-0.03, 0.08)).toBe("between 3 points lower and 8 points higher");
    expect(formatChangeSpan(0.02, 0.09)).toBe("2 to 9 points higher");
  });
});
