import { describe, expect, test } from "vitest";
import { coversMonth, MIN_COVERAGE } from "./coverage";

describe("when a source covers a month", () => {
  test("at half of the hashrate named and above, not below", () => {
    expect(MIN_COVERAGE).toBe(0.5);
    expect(coversMonth(0.5)).toBe(true);
    expect(coversMonth(0.673)).toBe(true);
    expect(coversMonth(0.499)).toBe(false);
    expect(coversMonth(0)).toBe(false);
  });
});
