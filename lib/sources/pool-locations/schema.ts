import { z } from "zod";
import { httpUrl, iso2Schema } from "../../core/schemas";

const blankToNull = (v: string) => (v === "" ? null : v);

/**
 * One row of data/pool-locations.csv. Blank cells mean "not known" and become null; a pool's HQ
 * (where it is registered) is kept apart from its servers and from where its miners are.
 */
export const poolLocationRowSchema = z.object({
  pool_slug: z.string().regex(/^[a-z0-9-]+$/, "pool_slug must be a registry slug"),
  /** Stratum hostname; blank for a pool we only have an HQ declaration for. */
  host: z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$|^$/i, "host must be a DNS name"),
  port: z
    .string()
    .regex(/^\d*$/)
    .transform((v) => (v === "" ? null : Number(v))),
  /** The region the hostname label claims ("United States (east)"), read, not measured. */
  claimed_region: z.string().transform(blankToNull),
  /** The country that region names, when it names exactly one. */
  claimed_country: z.string().transform(blankToNull).pipe(iso2Schema.nullable()),
  hq_country: z.string().transform(blankToNull).pipe(iso2Schema.nullable()),
  hq_source_url: z.string().transform(blankToNull).pipe(httpUrl().nullable()),
  source_url: httpUrl(),
  note: z.string(),
});
export type PoolLocationRow = z.infer<typeof poolLocationRowSchema>;
