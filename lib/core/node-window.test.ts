import { expect, test } from "vitest";
import { NODE_SNAPSHOT_MAX_AGE_DAYS, speaksForMonth } from "./node-window";

const END = "2025-07-01T00:00:00.000Z";
const daysBefore = (days: number) => new Date(Date.parse(END) - days * 86_400_000).toISOString();

test("a snapshot up to 92 days before the month's end speaks for the month, an older one not", () => {
  expect(NODE_SNAPSHOT_MAX_AGE_DAYS).toBe(92);
  expect(speaksForMonth(END, daysBefore(0))).toBe(true);
  expect(speaksForMonth(END, daysBefore(92))).toBe(true);
  expect(speaksForMonth(END, new Date(Date.parse(daysBefore(92)) - 1).toISOString())).toBe(false);
});
