/**
 * Numbers written as en-US text ("1,200", "0.052", "3.5") by string arithmetic on the number's
 * shortest decimal digits, as `Intl.NumberFormat("en-US", …)` writes them for the options below
 * (rounding half away from zero, trailing zeros dropped). Not Intl itself: the first Intl number
 * formatter a page builds loads its locale data, a long task of its own on a phone, and the
 * map page's first render writes numbers.
 */
export interface DecimalOptions {
  /** Round to this many digits after the point (Intl's `maximumFractionDigits`). */
  maxFractionDigits?: number;
  /** Keep at least this many, padding with zeros (Intl's `minimumFractionDigits`). */
  minFractionDigits?: number;
  /** Round to this many significant digits instead (Intl's `maximumSignificantDigits`). */
  maxSignificantDigits?: number;
  /** Commas between thousands (Intl's default); off for `useGrouping: false`. */
  grouping?: boolean;
}

interface Digits {
  /** Decimal digits, the first one nonzero (empty for zero). */
  digits: number[];
  /** The power of ten of the first digit. */
  exponent: number;
}

/** The shortest digits that read back as `x` (what `String(x)` prints), sign dropped. */
function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: [], exponent: 0 };
  const [mantissa = "", exponent = "0"] = Math.abs(x).toExponential().split("e");
  return { digits: [...mantissa.replace(".", "")].map(Number), exponent: Number(exponent) };
}

/** Keeps the first `keep` digits, rounding half away from zero on the next one. */
function roundTo({ digits, exponent }: Digits, keep: number): Digits {
  if (keep >= digits.length) return { digits, exponent };
  if (keep < 0) return { digits: [], exponent: 0 };
  const up = (digits[keep] ?? 0) >= 5;
  const kept = digits.slice(0, keep);
  if (!up) return trimmed({ digits: kept, exponent });
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === 9) {
    kept[i] = 0;
    i -= 1;
  }
  if (i >= 0) {
    kept[i] = (kept[i] ?? 0) + 1;
    return trimmed({ digits: kept, exponent });
  }
  // Every kept digit was a 9 (or none was kept): the number gains a digit in front.
  return trimmed({ digits: [1, ...kept], exponent: exponent + 1 });
}

function trimmed({ digits, exponent }: Digits): Digits {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === 0) end -= 1;
  return end === 0 ? { digits: [], exponent: 0 } : { digits: digits.slice(0, end), exponent };
}

function withCommas(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+$)/g, ",");
}

/** `x` as en-US text with the given rounding; NaN and infinities as Intl writes them. */
export function formatDecimal(x: number, options: DecimalOptions = {}): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "-∞";
  const exact = shortestDigits(x);
  const { maxSignificantDigits } = options;
  const maxFraction = options.maxFractionDigits ?? (maxSignificantDigits === undefined ? 3 : 99);
  const minFraction = Math.min(options.minFractionDigits ?? 0, maxFraction);
  const bySignificant =
    maxSignificantDigits === undefined ? exact : roundTo(exact, maxSignificantDigits);
  const { digits, exponent } = roundTo(bySignificant, bySignificant.exponent + 1 + maxFraction);
  // Digits before the point, and after it (zeros fill in between the digits and the point).
  const wholeDigits = exponent >= 0 ? digits.slice(0, exponent + 1) : [];
  const whole = exponent >= 0 ? wholeDigits.join("").padEnd(exponent + 1, "0") || "0" : "0";
  const fraction =
    exponent >= 0
      ? digits.slice(exponent + 1).join("")
      : "0".repeat(-exponent - 1) + digits.join("");
  const paddedFraction = fraction.padEnd(minFraction, "0");
  const negative = x < 0 && digits.length > 0;
  const grouped = options.grouping === false ? whole : withCommas(whole);
  return `${negative ? "-" : ""}${grouped}${paddedFraction ? `.${paddedFraction}` : ""}`;
}
