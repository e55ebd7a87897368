import { z } from "zod";
import { httpUrl, iso2Schema } from "../core/schemas";

/** A "Global South" definition is data: a member list with who defines it, never a list in code. */
export const definitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Short label for selectors, e.g. "UNCTAD". */
  shortName: z.string().min(1),
  definedBy: z.string().min(1),
  sourceUrl: httpUrl(),
  /** Which edition of the classification the list follows: classifications change over time. */
  vintage: z.string().min(1),
  /** How the list was built from the reference files, and the judgement calls made. */
  notes: z.array(z.string()),
  members: z.array(iso2Schema).min(1),
});
export type Definition = z.infer<typeof definitionSchema>;
