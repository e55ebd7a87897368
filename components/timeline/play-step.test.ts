import { describe, expect, test } from "vitest";
import { EMPTY_STEP_MS, PLAY_STEP_MS, playStepMs } from "./play-step";

describe("how long Play stays on a month", () => {
  test("a month with data its full step, an empty month much less", () => {
    const hasData = (m: string) => m !== "2022-02";
    expect(playStepMs("2022-01", hasData)).toBe(PLAY_STEP_MS);
    expect(playStepMs("2022-02", hasData)).toBe(EMPTY_STEP_MS);
    expect(EMPTY_STEP_MS * 4).toBeLessThan(PLAY_STEP_MS);
  });
});
