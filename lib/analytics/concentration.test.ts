import { describe, expect, test } from "vitest";
import { herfindahlIndex, nakamotoCoefficient } from "./concentration";

describe("nakamotoCoefficient", () => {
  test("counts the fewest pools holding more than half of the blocks", () => {
    expect(nakamotoCoefficient([0.3, 0.25, 0.2, 0.25])).toBe(2);
    expect(nakamotoCoefficient([0.1, 0.6])).toBe(1);
  });
  test("needs strictly more than half", () => {
    expect(nakamotoCoefficient([0.25, 0.25, 0.5])).toBe(2);
  });
  test("is null when the known pools hold half or less", () => {
    expect(nakamotoCoefficient([0.2, 0.3])).toBeNull();
    expect(nakamotoCoefficient([])).toBeNull();
  });
});

describe("herfindahlIndex", () => {
  test("is 10,000 for a monopoly and falls as blocks spread out", () => {
    expect(herfindahlIndex([1])).toBe(10_000);
    expect(herfindahlIndex([0.5, 0.5])).toBe(5_000);
    expect(herfindahlIndex([0.25, 0.25, 0.25, 0.25])).toBe(2_500);
  });
});
