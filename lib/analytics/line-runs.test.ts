import { describe, expect, test } from "vitest";
import { lineRuns } from "./line-runs";

const p = (index: number, key: string) => ({ index, key, value: index });

describe("where a chart's line breaks", () => {
  test("joins adjacent months from one source and method", () => {
    expect(lineRuns([p(0, "m|a"), p(1, "m|a"), p(2, "m|a")])).toEqual([
      { key: "m|a", values: [0, 1, 2] },
    ]);
  });

  test("a gap breaks the line", () => {
    expect(lineRuns([p(0, "m|a"), p(2, "m|a")]).map((r) => r.values)).toEqual([[0], [2]]);
  });

  test("a change of method or of source breaks it, even between adjacent months", () => {
    expect(lineRuns([p(0, "measured|cbeci"), p(1, "reported|hi"), p(2, "reported|mm")])).toEqual([
      { key: "measured|cbeci", values: [0] },
      { key: "reported|hi", values: [1] },
      { key: "reported|mm", values: [2] },
    ]);
  });

  test("reads points in timeline order whatever order they come in", () => {
    expect(lineRuns([p(1, "k"), p(0, "k")]).map((r) => r.values)).toEqual([[0, 1]]);
  });
});
