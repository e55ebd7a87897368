import { describe, expect, test } from "vitest";
import type { GlobalSouthResponse } from "@/lib/responses/schemas";
import { headlineAt } from "./headline-at";

const gs = {
  series: [
    { month: "2021-07", source: "ccaf", low: 10, high: 20 },
    { month: "2023-04", source: "other", low: 80, high: 90 },
  ],
  sources: [{ id: "ccaf", name: "CCAF" }],
} as unknown as GlobalSouthResponse;

describe("the headline at the slider's month", () => {
  test("is the series point of that very month, with its source's name", () => {
    expect(headlineAt(gs, "2021-07")).toMatchObject({
      point: { month: "2021-07" },
      sourceName: "CCAF",
    });
  });

  test("a month the series lacks is a gap, never a neighbouring month's figure", () => {
    expect(headlineAt(gs, "2023-05")).toEqual({ point: null, sourceName: null });
    expect(headlineAt(undefined, "2021-07")).toEqual({ point: null, sourceName: null });
  });

  test("a source not in the list gives no name rather than a wrong one", () => {
    expect(headlineAt(gs, "2023-04").sourceName).toBeNull();
  });
});
