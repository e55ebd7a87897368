import { z } from "zod";
import { httpUrl, iso2Schema, monthSchema } from "../../core/schemas";

/** A utility's or regulator's figure as the app stores and bundles it (CSV row shape: schema.ts). */
/** One figure, as stored and bundled. */
export const regulatorFigureSchema = z.object({
  country: iso2Schema,
  authority: z.string().min(1),
  period: z.string().min(1),
  metric: z.string().min(1),
  /** The value as written; `number` is set when it is a plain number. */
  value: z.string().min(1),
  number: z.number().nullable(),
  unit: z.string().min(1),
  basis: z.string(),
  sourceUrl: httpUrl(),
  sourceDate: z.string().nullable(),
  note: z.string(),
  /** The month the figure is placed at: its source date, else a month its period names; else null. */
  asOf: monthSchema.nullable(),
  line: z.number().int().positive(),
});
export type RegulatorFigure = z.infer<typeof regulatorFigureSchema>;
