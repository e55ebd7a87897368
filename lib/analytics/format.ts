import { formatDecimal } from "../core/decimal-text";
import { formatMonth } from "../core/month";

/** Number formatting shared by pages and exports, so the same share reads the same everywhere. */

/**
 * The one way a share is written on screen (pages, panels, exports, alerts): one decimal
 * ("75.5", "23.0"), and under 1 % as many decimals as two significant digits need ("0.15",
 * "0.052", "0.9"), so a small share never reads as "0.0" and a large one never claims more
 * precision than the sources have. Zero is "0". The exact published figures stay in the CSV/JSON.
 */
export function formatShareNumber(share: number): string {
  const pct = Math.round(share * 1e11) / 1e9; // percent, float noise of sums removed
  if (pct === 0) return "0";
  const text =
    Math.abs(pct) >= 0.995
      ? (Math.round(pct * 10) / 10).toFixed(1)
      : formatDecimal(pct, { maxSignificantDigits: 2, grouping: false });
  return text === "-0.0" ? "0" : text;
}

/** 0.7553 → "75.5 %", 0.0015 → "0.15 %", 0 → "0 %" (see formatShareNumber). */
export function formatPercent(share: number): string {
  return `${formatShareNumber(share)} %`;
}

/**
 * A difference of two shares in percentage points, by the same rule as shares: "+3.1 pp",
 * "+1.0 pp" (never "+1 pp" beside "+0.3 pp"), "−0.04 pp", "0 pp".
 */
export function formatPoints(delta: number): string {
  const value = formatShareNumber(Math.abs(delta));
  if (value === "0") return "0 pp";
  return `${delta > 0 ? "+" : "−"}${value} pp`;
}

/**
 * Disclosed capacity, summed: "257 MW", "1,200 MW". Below 1 MW it keeps two significant digits
 * ("0.05 MW"): a 50 kW site rounded to "0 MW" would read as a site with no capacity.
 */
export function formatMw(mw: number): string {
  const digits = mw > 0 && mw < 1 ? { maxSignificantDigits: 2 } : { maxFractionDigits: 0 };
  return `${formatDecimal(mw, digits)} MW`;
}

export function formatCount(n: number): string {
  return formatDecimal(n);
}

/**
 * "18 March 2022" from an ISO timestamp (UTC). Spelled from the month's name, not with
 * Intl.DateTimeFormat: the page's first render shows a date, and building that formatter (its
 * locale data) was a long task of its own on a phone.
 */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${iso}`);
  const month = `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  return `${d.getUTCDate()} ${formatMonth(month)}`;
}
