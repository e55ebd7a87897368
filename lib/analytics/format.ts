/** Number formatting shared by pages and exports, so the same share reads the same everywhere. */

/** 0.7553 → "75.53%"; up to 3 decimals, trailing zeros dropped, so upstream figures read as published. */
export function formatPercent(share: number): string {
  const text = (share * 100).toFixed(3).replace(/\.?0+$/, "");
  return `${text === "-0" ? "0" : text}%`;
}

/** A difference of two shares in percentage points: "+3.1 pp", "−71 pp". */
export function formatPoints(delta: number, digits = 1): string {
  const value = (delta * 100).toFixed(digits).replace(/\.0+$/, "");
  if (Number(value) === 0) return "0 pp";
  return `${delta > 0 ? "+" : "−"}${value.replace("-", "")} pp`;
}

// Formatters are built once: constructing an Intl formatter per call is slow enough to show
// up in the slider's frame budget.
const COUNT = new Intl.NumberFormat("en-US");
const DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const WHOLE_MW = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const SMALL_MW = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 2 });

/**
 * Disclosed capacity, summed: "257 MW", "1,200 MW". Below 1 MW it keeps two significant digits
 * ("0.05 MW"): a 50 kW site rounded to "0 MW" would read as a site with no capacity.
 */
export function formatMw(mw: number): string {
  return `${(mw > 0 && mw < 1 ? SMALL_MW : WHOLE_MW).format(mw)} MW`;
}

export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "18 March 2022" from an ISO timestamp (UTC). */
export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}
