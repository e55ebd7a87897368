import { z } from "zod";
import { DEFAULT_DEFINITION_ID, loadDefinitions } from "../geo/definitions";

/** Query-parameter vocabularies shared by the API routes. */
export const monthParam = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM, e.g. 2021-07");

export const formatParam = z
  .enum(["json", "csv"], { error: 'expected "json" or "csv"' })
  .default("json");

const definitionIds = loadDefinitions().map((d) => d.id) as [string, ...string[]];

/** A Global South definition id; absent means the default. */
export const definitionParam = z
  .enum(definitionIds, { error: `expected one of ${definitionIds.join(", ")}` })
  .default(DEFAULT_DEFINITION_ID);
