import { z } from "zod";
import { MONTH_PATTERN } from "../core/month";
import { DEFAULT_DEFINITION_ID, loadDefinitions } from "../geo/definitions";

/** Query-parameter vocabularies shared by the API routes. */
export const monthParam = z
  .string()
  .regex(MONTH_PATTERN, "expected a month as YYYY-MM, e.g. 2021-07");

export const formatParam = z
  .enum(["json", "csv"], { error: 'expected "json" or "csv"' })
  .default("json");

const definitionIds = loadDefinitions().map((d) => d.id) as [string, ...string[]];

/** A Global South definition id; absent means the default. */
export const definitionParam = z
  .enum(definitionIds, { error: `expected one of ${definitionIds.join(", ")}` })
  .default(DEFAULT_DEFINITION_ID);
