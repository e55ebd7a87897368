import { z } from "zod";
import { httpUrl, iso2Schema, monthSchema } from "../core/schemas";
import type { RegulatorFigureRow } from "../store/evidence";

/**
 * How a figure may enter a load estimate (the file's `estimation_role`): `energy` consumed over
 * its period, `load` drawn, `capacity` (an upper limit), `partial` (a part only: a lower bound at
 * most) or `context` (money, counts, tariffs, plans: not a load).
 */
export const ESTIMATION_ROLES = ["energy", "load", "capacity", "partial", "context"] as const;
const estimationRoleSchema = z.enum(ESTIMATION_ROLES);

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A utility's or regulator's figure as the app stores and bundles it (CSV row shape: schema.ts). */
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
  /**
   * The month the figure is placed at: the month its period ends in, else the month its period
   * starts in, else its source date's month, else a month its period's words name; else null.
   */
  asOf: monthSchema.nullable(),
  /** The period the figure describes, as ISO days; null when not known (an open end included). */
  periodStart: isoDay.nullable(),
  periodEnd: isoDay.nullable(),
  role: estimationRoleSchema,
  line: z.number().int().positive(),
});
export type RegulatorFigure = z.infer<typeof regulatorFigureSchema>;

/** The source of the regulators' figures transcription (lib/sources/regulator). */
export const REGULATOR_SOURCE_ID = "regulator";

/** A figure as its stored row (the writer adds the source and the ingest). */
export function toRegulatorRow(
  f: RegulatorFigure,
): Omit<RegulatorFigureRow, "source_id" | "ingest_id"> {
  return {
    line: f.line,
    country: f.country,
    authority: f.authority,
    period: f.period,
    metric: f.metric,
    value: f.value,
    number: f.number,
    unit: f.unit,
    basis: f.basis,
    source_url: f.sourceUrl,
    source_date: f.sourceDate,
    note: f.note,
    as_of: f.asOf,
    period_start: f.periodStart,
    period_end: f.periodEnd,
    estimation_role: f.role,
  };
}
