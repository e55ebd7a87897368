/**
 * The node rule, once: a node snapshot speaks for a month only if it was taken within this many
 * days before the month's end (about a quarter); an older one is named, never shown as the
 * month's nodes. Every text that states the window reads this number.
 */
export const NODE_SNAPSHOT_MAX_AGE_DAYS = 92;

const MAX_AGE_MS = NODE_SNAPSHOT_MAX_AGE_DAYS * 86_400_000;

/** Whether a snapshot taken at `takenAt` speaks for the month that ends at `monthEnd` (ISO times). */
export function speaksForMonth(monthEnd: string, takenAt: string): boolean {
  return Date.parse(monthEnd) - Date.parse(takenAt) <= MAX_AGE_MS;
}
