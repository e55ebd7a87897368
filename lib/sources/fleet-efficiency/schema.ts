import { z } from "zod";

/**
 * One row of CBECI's fleet efficiency band as bundled
 * (shared/data/raw/network/fleet_efficiency.cbeci.csv): J/TH of the most efficient (low), the
 * age-weighted (central) and the least efficient (high) profitable hardware over a period.
 * Monthly and annual rows share the file; only monthly rows with a full band are a month's band.
 */
export const FLEET_COLUMNS = [
  "period_start",
  "period_end",
  "low_j_per_th",
  "central_j_per_th",
  "high_j_per_th",
] as const;

const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be YYYY-MM-DD");
const jPerTh = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : Number(v)))
  .refine((v) => v === null || (Number.isFinite(v) && v > 0 && v < 10_000), "must be J/TH > 0");

export const fleetRowSchema = z.object({
  period_start: day,
  period_end: day,
  low_j_per_th: jPerTh,
  central_j_per_th: jPerTh,
  high_j_per_th: jPerTh,
});

/** A month's band as the app stores and bundles it. */
export const fleetMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  low: z.number().positive(),
  central: z.number().positive(),
  high: z.number().positive(),
  /** Days of the month the band averages (May 2025: 11 — the band stops on 2025-05-11). */
  days: z.number().int().min(1).max(31),
});
export type FleetMonth = z.infer<typeof fleetMonthSchema>;
