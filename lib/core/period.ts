import { builtOnce } from "./built-once";

/**
 * The period a figure describes, as ISO days (first and last day, both included). Pure: the
 * hours in a period are counted from the calendar, so a year holding 29 February has 8,784.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMs(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not an ISO day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Days from `start` to `end`, both included: 2023-07-08 … 2024-07-07 is 366 days. */
export function periodDays(start: string, end: string): number {
  const days = (utcMs(end) - utcMs(start)) / DAY_MS + 1;
  if (days < 1) throw new Error(`period ends before it starts: ${start} … ${end}`);
  return days;
}

/** The exact hours of a period: what energy over it is divided by to give an average load. */
export function periodHours(start: string, end: string): number {
  return periodDays(start, end) * 24;
}

/** The hours of a year as a rate ("16 billion kWh a year"): by convention 365 days. */
export const HOURS_PER_YEAR_RATE = 8760;

/** The month a period lies in, when it lies in one month; else null. */
export function singleMonthOf(start: string | null, end: string | null): string | null {
  if (start === null || end === null) return null;
  return start.slice(0, 7) === end.slice(0, 7) ? start.slice(0, 7) : null;
}

const DAY_FORMAT = builtOnce(
  () =>
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }),
);

/** "8 Jul 2023 – 7 Jul 2024", "24 Nov 2025"; an open end reads "from 1 Jan 2024". */
export function formatPeriod(start: string | null, end: string | null): string | null {
  const f = (day: string) => DAY_FORMAT().format(new Date(utcMs(day)));
  if (start && end) return start === end ? f(start) : `${f(start)} – ${f(end)}`;
  if (start) return `from ${f(start)}`;
  if (end) return `until ${f(end)}`;
  return null;
}
