/**
 * Months are `YYYY-MM` strings everywhere; these helpers keep the arithmetic in one place.
 * Nothing here imports anything: the slider loads it on the first paint.
 */

/** The one spelling of a month, `YYYY-MM` (year and month captured); every month check uses it. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

function parts(month: string): [number, number] {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(month)}`);
  return [Number(m[1]), Number(m[2])];
}

/** Shifts a month by `delta` months (negative goes back). */
export function addMonths(month: string, delta: number): string {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The instant the month ends (exclusive): midnight UTC on the 1st of the next month, ISO 8601. */
export function monthEndExclusive(month: string): string {
  const [y, m] = parts(month);
  return new Date(Date.UTC(y, m, 1)).toISOString();
}

/** THE current month (UTC) at `now`: "this month" everywhere the app says it. */
export function currentMonth(now: Date = new Date()): string {
  return now.toISOString().slice(0, 7);
}

/** The month an ISO timestamp falls in (UTC). */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/**
 * THE rule for which month a period of blocks belongs to — a block-count window, or a week of
 * pool hashrate shares. A period is half-open, [start, end), and belongs to the month that
 * contains its last instant (end − 1 ms), i.e. the month of its last block. So a window ending
 * exactly at 00:00:00Z on the 1st of May holds April's blocks and is April's, not May's. The pools
 * view, the pool-attribution model and the concentration series all bucket through this function
 * (or, in SQL, through `periodEndBounds`, its inverse).
 */
export function periodMonth(endIso: string): string {
  const end = Date.parse(endIso);
  if (Number.isNaN(end)) throw new RangeError(`Not an ISO timestamp: ${JSON.stringify(endIso)}`);
  return new Date(end - 1).toISOString().slice(0, 7);
}

/**
 * The inverse of `periodMonth` for SQL: a period belongs to `month` exactly when its end lies in
 * (after, upTo] — after the month's first instant, at or before the next month's first instant.
 * Both bounds are ISO strings in `toISOString()` form, the form every stored period uses.
 */
export function periodEndBounds(month: string): { after: string; upTo: string } {
  return { after: `${month}-01T00:00:00.000Z`, upTo: monthEndExclusive(month) };
}

/** Every month from `first` to `last`, inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * "September 2019" — used for labels and screen-reader text. A lookup, not `toLocaleString`:
 * the slider re-renders dozens of labels per step and each Intl call costs a formatter.
 */
export function formatMonth(month: string): string {
  const [y, m] = parts(month);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}
