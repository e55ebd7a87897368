import { z } from "zod";

/**
 * One row of Coin Metrics' daily network series as bundled
 * (shared/data/raw/network/btc_network_daily.coinmetrics.csv): `date,hashrate_ehs,difficulty,
 * price_usd`. Only the day and its hashrate are taken; difficulty is derived upstream and the
 * price is not ours to use.
 */
export const NETWORK_COLUMNS = ["date", "hashrate_ehs"] as const;

export const networkDayRowSchema = z.object({
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be YYYY-MM-DD"),
  hashrate_ehs: z
    .string()
    .regex(/^\d+(\.\d+)?$/, "must be a positive number (EH/s)")
    .transform(Number)
    // Above 100,000 EH/s is not a Bitcoin hashrate of this decade: a unit slip (TH/s).
    .refine((v) => v > 0 && v < 100_000, "must be between 0 and 100,000 EH/s"),
});
