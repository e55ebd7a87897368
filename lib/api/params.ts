import { z } from "zod";

/** Query-parameter vocabularies shared by the API routes. */
export const monthParam = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM, e.g. 2021-07");

export const formatParam = z
  .enum(["json", "csv"], { error: 'expected "json" or "csv"' })
  .default("json");
