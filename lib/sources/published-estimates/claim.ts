import { z } from "zod";
import { httpUrl, iso2Schema, monthSchema } from "../../core/schemas";

/**
 * A published country claim as the app stores and bundles it (the seed's claims file holds
 * these). Plain zod and the core schemas only, like sites/fact.ts and regulator/figure.ts.
 */

export const claimConfidenceSchema = z.enum(["medium", "low"]);

/**
 * Published country claims with their confidence (medium: a named publisher relayed by the press;
 * low: unattributed, uncorroborated or conflicting). Evidence on country pages; a medium claim
 * that names at least half of the hashrate is also a reported month (its own shares file).
 */
export const claimSchema = z.object({
  line: z.number().int().positive(),
  publisher: z.string().min(1),
  product: z.string(),
  period: z.string().min(1),
  periodNote: z.string(),
  /** The month the claim refers to when its period is one (YYYY-MM); else null, never guessed. */
  month: monthSchema.nullable(),
  geoLevel: z.enum(["country", "aggregate", "region"]),
  geoName: z.string().min(1),
  country: iso2Schema.nullable(),
  share: z.number().min(0).max(1).nullable(),
  shareBasis: z.string(),
  hashrateEhs: z.number().nonnegative().nullable(),
  urls: z.array(httpUrl()),
  notes: z.string(),
  confidence: claimConfidenceSchema,
});
export type Claim = z.infer<typeof claimSchema>;
