/**
 * Which months a figure holds for. An amount of energy over a period holds for each
 * month whose middle day lies inside that period, and only for those; every other figure holds
 * for the months of its period and `window` months either side.
 */
import { addMonths } from "../../core/month";

/** The middle day of a month: day ⌈n/2⌉ of its n days (16 Jan, 15 Apr, 14 Feb, 15 Feb 2024). */
function middleDay(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(Math.ceil(days / 2)).padStart(2, "0")}`;
}

export function energyHolds(month: string, start: string, end: string): boolean {
  const mid = middleDay(month);
  return start <= mid && mid <= end;
}

/** The months of a period (YYYY-MM each) widened by `window` months either side. */
export function periodHolds(
  month: string,
  firstMonth: string,
  lastMonth: string,
  window: number,
): boolean {
  return addMonths(firstMonth, -window) <= month && month <= addMonths(lastMonth, window);
}
