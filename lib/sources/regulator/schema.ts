import { z } from "zod";
import { httpUrl } from "../../core/schemas";
import { ESTIMATION_ROLES } from "../../evidence/regulator-figure";
import { isIso2 } from "../../geo/countries";

/**
 * One row of the utilities' and regulators' figures file
 * (shared/data/raw/sites/energy_regulator_figures.csv and newer versions of it): what a country's
 * utility, regulator or ministry said about mining load. Metrics differ by country and date.
 */
export const REGULATOR_COLUMNS = [
  "country_iso2",
  "authority",
  "period",
  "metric",
  "value",
  "unit",
  "basis",
  "source_url",
  "source_date",
  "note",
  "period_start",
  "period_end",
  "estimation_role",
] as const;

const text = z.string().trim();
const optionalDay = text
  .regex(/^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/, "must be YYYY-MM-DD or blank")
  .transform((v) => (v === "" ? null : v));

export const regulatorRowSchema = z.object({
  country_iso2: text
    .transform((v) => v.toUpperCase())
    .refine(isIso2, "unknown country (use an ISO 3166-1 alpha-2 code such as ET)"),
  authority: text.min(1, "is required"),
  period: text.min(1, "is required (the period the figure describes, as the source gives it)"),
  metric: text.regex(/^[a-z0-9_-]+$/i, "must be a snake_case name such as contracted_power"),
  // A number, or a state such as "suspended" or "in force": kept as written, never coerced.
  value: text.min(1, "is required"),
  unit: text.min(1, "is required"),
  basis: text,
  source_url: httpUrl(),
  source_date: optionalDay,
  note: text,
  period_start: optionalDay,
  period_end: optionalDay,
  estimation_role: text.pipe(
    z.enum(ESTIMATION_ROLES, { error: `must be one of ${ESTIMATION_ROLES.join(", ")}` }),
  ),
});
