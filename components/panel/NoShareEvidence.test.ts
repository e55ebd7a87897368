import { describe, expect, test } from "vitest";
import { lowConfidence } from "./NoShareEvidence";

const claims = (...levels: string[]) => levels.map((confidence) => ({ confidence }));

describe("how many of a country's claims are of low confidence", () => {
  test("reads as a count, all, or nothing", () => {
    expect(lowConfidence(claims("low", "medium", "low"))).toBe(" (2 of low confidence)");
    expect(lowConfidence(claims("low", "low"))).toBe(" (all of low confidence)");
    expect(lowConfidence(claims("low"))).toBe(" (1 of low confidence)");
    expect(lowConfidence(claims("medium", "high"))).toBe("");
    expect(lowConfidence([])).toBe("");
  });
});
