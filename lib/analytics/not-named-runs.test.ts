import { describe, expect, test } from "vitest";
import { foldNotNamed } from "./not-named-runs";

const gap = (month: string, source: string, upTo: number) => ({
  month,
  source,
  share: null,
  upTo,
  unattributed: 0.1,
});

describe("long runs of 'not named' months fold into one row", () => {
  test("three or more unnamed months of one source become one row with their bounds", () => {
    const rows = foldNotNamed([
      gap("2019-09", "cbeci", 0.06),
      gap("2019-10", "cbeci", 0.09),
      gap("2019-11", "cbeci", 0.148),
      gap("2023-11", "mm", 0.022),
      { month: "2025-06", source: "hi", share: 0.0387, upTo: null, unattributed: 0.2 },
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["run", "month", "month"]);
    expect(rows[0]).toMatchObject({
      kind: "run",
      source: "cbeci",
      first: "2019-09",
      last: "2019-11",
      lowestBound: 0.06,
      highestBound: 0.148,
    });
  });

  test("a run of one or two months, or one broken by a change of source, stays month by month", () => {
    const rows = foldNotNamed([
      gap("2025-05", "hi", 0.2),
      gap("2025-06", "hi", 0.2),
      gap("2025-10", "reuters", 0.33),
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["month", "month", "month"]);
  });
});
