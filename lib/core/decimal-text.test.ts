import { describe, expect, it } from "vitest";
import { type DecimalOptions, formatDecimal } from "./decimal-text";

const OPTION_SETS: DecimalOptions[] = [
  {},
  { maxFractionDigits: 0 },
  { maxFractionDigits: 2 },
  { minFractionDigits: 2, maxFractionDigits: 2 },
  { maxSignificantDigits: 2 },
  { maxSignificantDigits: 2, grouping: false },
];

const intlFor = (o: DecimalOptions) =>
  new Intl.NumberFormat("en-US", {
    maximumFractionDigits: o.maxFractionDigits,
    minimumFractionDigits: o.minFractionDigits,
    maximumSignificantDigits: o.maxSignificantDigits,
    useGrouping: o.grouping !== false,
  });

/** Deterministic numbers over many magnitudes, with the ties and nines rounding trips on. */
function samples(): number[] {
  const out = [0, 1, 9.5, 0.5, 0.05, 0.15, 0.995, 0.0995, 9.995, 99.5, 999.5, 1234567.891, 0.125];
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < 4000; i += 1) {
    const magnitude = 10 ** Math.floor(next() * 14 - 6);
    const value = next() * magnitude;
    // Some values at two or three decimals, where halves are exact ties in decimal.
    out.push(i % 3 === 0 ? Math.round(value * 1000) / 1000 : value);
  }
  return out;
}

describe("formatDecimal", () => {
  it("writes what Intl.NumberFormat en-US writes, for every option set the pages use", () => {
    for (const options of OPTION_SETS) {
      const intl = intlFor(options);
      for (const x of samples())
        expect([x, formatDecimal(x, options)]).toEqual([x, intl.format(x)]);
    }
  });

  it("writes negative numbers with a minus, and one that rounds to zero as 0 (Intl: -0)", () => {
    expect(formatDecimal(-1234.5)).toBe("-1,234.5");
    expect(formatDecimal(-0.0004)).toBe("0");
    expect(formatDecimal(-0.3, { maxFractionDigits: 0 })).toBe("0");
  });

  it("carries a rounding through nines into a new leading digit", () => {
    expect(formatDecimal(999.96, { maxFractionDigits: 1 })).toBe("1,000");
    expect(formatDecimal(0.0996, { maxSignificantDigits: 2 })).toBe("0.1");
    expect(formatDecimal(9.96, { minFractionDigits: 2, maxFractionDigits: 2 })).toBe("9.96");
    expect(formatDecimal(9.999, { minFractionDigits: 2, maxFractionDigits: 2 })).toBe("10.00");
  });

  it("writes NaN and infinities as Intl does", () => {
    expect(formatDecimal(Number.NaN)).toBe("NaN");
    expect(formatDecimal(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatDecimal(Number.NEGATIVE_INFINITY)).toBe("-∞");
  });
});
