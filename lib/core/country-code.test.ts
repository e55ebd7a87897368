import { describe, expect, test } from "vitest";
import { isIso2Shape } from "./country-code";

describe("the shape of a country code", () => {
  test("two capital letters, nothing else", () => {
    expect(isIso2Shape("ET")).toBe(true);
    expect(isIso2Shape("et")).toBe(false);
    expect(isIso2Shape("ETH")).toBe(false);
    expect(isIso2Shape("E1")).toBe(false);
    expect(isIso2Shape("")).toBe(false);
  });
});
