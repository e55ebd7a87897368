/**
 * A month's network hashrate from daily values (pure, browser-safe): the mean of the days the
 * month has values for, and how many days that is. Daily hashrate is an estimate driven by block
 * luck (±8 % a day), so a month with fewer than MIN_NETWORK_DAYS days has no value at all rather
 * than a noisy one.
 */

/** Fewer days than this in a month: no network hashrate for it. */
export const MIN_NETWORK_DAYS = 20;

interface NetworkMonth {
  month: string;
  /** Mean of the month's daily values in EH/s; null when it has fewer than MIN_NETWORK_DAYS. */
  ehs: number | null;
  /** Days with a value in that month. */
  days: number;
}

/** Daily values (one per day; a repeated day counts once, the later value kept) → months. */
export function networkMonths(daily: readonly { day: string; ehs: number }[]): NetworkMonth[] {
  const byDay = new Map<string, number>();
  for (const d of daily) byDay.set(d.day, d.ehs);
  const acc = new Map<string, { sum: number; days: number }>();
  for (const [day, ehs] of byDay) {
    const month = day.slice(0, 7);
    const a = acc.get(month) ?? { sum: 0, days: 0 };
    a.sum += ehs;
    a.days += 1;
    acc.set(month, a);
  }
  return [...acc]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, a]) => ({
      month,
      ehs: a.days >= MIN_NETWORK_DAYS ? a.sum / a.days : null,
      days: a.days,
    }));
}
