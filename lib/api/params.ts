import { z } from "zod";
import { DEFAULT_DEFINITION_ID } from "../geo/definition-ids";
import { fromRow } from "../url-state/param-schema";
import { COUNTRY, DEFINITION, EFFICIENCY, MONTH, PUE, WINDOW } from "../url-state/params";

/**
 * The API's shared query parameters, each read by the same row of the URL-parameter table
 * (lib/url-state/params.ts) as the page's link: `month` is the page's `m`, `definition` its `gs`.
 */
export const monthParam = fromRow(MONTH);

export const formatParam = z
  .enum(["json", "csv"], { error: 'expected "json" or "csv"' })
  .default("json");

/** A Global South definition id; absent means the default. */
export const definitionParam = fromRow(DEFINITION).default(DEFAULT_DEFINITION_ID);

export const countryParam = fromRow(COUNTRY);

export const assumptionParams = {
  eff: fromRow(EFFICIENCY).optional(),
  pue: fromRow(PUE).optional(),
  win: fromRow(WINDOW).optional(),
};
