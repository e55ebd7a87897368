import { z } from "zod";
import { iso2Schema } from "../core/schemas";

/** UN M49 regions as data (data/regions.json, derived by scripts/derive/regions.ts). */
export const regionsFileSchema = z.object({
  definedBy: z.string().min(1),
  sourceUrl: z.url(),
  regions: z.array(z.object({ name: z.string().min(1), members: z.array(iso2Schema).min(1) })),
});
export type RegionsFile = z.infer<typeof regionsFileSchema>;
