import { describe, expect, test } from "vitest";
import { percentNumberToFraction, percentToFraction } from "./percent";

describe("percentToFraction", () => {
  test("shifts the decimal point exactly, as a JSON literal of the fraction would parse", () => {
    expect(percentToFraction("75.53%")).toBe(0.7553);
    expect(percentToFraction("6.1%")).toBe(0.061);
    expect(percentToFraction("0.9%")).toBe(0.009);
    expect(percentToFraction("5.39%")).toBe(0.0539);
    expect(percentToFraction("100%")).toBe(1);
  });

  test("differs from float division where division is inexact", () => {
    expect(72.33 / 100).not.toBe(0.7233);
    expect(percentToFraction("72.33%")).toBe(0.7233);
    expect(0.9 / 100).not.toBe(0.009);
    expect(percentToFraction("0.9%")).toBe(0.009);
  });

  test("reads zero in any spelling as 0", () => {
    expect(percentToFraction("0%")).toBe(0);
    expect(percentToFraction("0.0%")).toBe(0);
  });

  test.each(["75,53%", "75.53", "%", "-1%", " 5%", "5 %", "abc%", "1.2.3%", "", "101%"])(
    "throws on %j, quoting it",
    (bad) => {
      expect(() => percentToFraction(bad)).toThrow(JSON.stringify(bad));
    },
  );
});

describe("percentNumberToFraction", () => {
  test("reads a bare percent number such as the estimates CSV prints", () => {
    expect(percentNumberToFraction("36.025")).toBe(0.36025);
    expect(percentNumberToFraction("3.4")).toBe(0.034);
  });

  test("throws on a value with a unit or sign", () => {
    expect(() => percentNumberToFraction("36%")).toThrow('"36%"');
  });
});
