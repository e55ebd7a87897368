import { z } from "zod";
import type { ParamRow } from "./params";

/**
 * A row of the URL-parameter table as a zod field, for the server's parsers (the API's query,
 * the snapshot request): the same reader, its problem as the validation message. Kept apart from
 * params.ts so the page's first load does not carry the schema library.
 */
export function fromRow<T>(row: ParamRow<T>) {
  return z
    .string()
    .max(200)
    .transform((text, ctx) => {
      const read = row.read(text);
      if (read.ok) return read.value;
      ctx.addIssue({ code: "custom", message: read.problem });
      return z.NEVER;
    })
    .describe(row.what);
}

/** The row's text, kept as text once its reader accepts it (the snapshot request keeps the link's words). */
export function textCheckedBy<T>(row: ParamRow<T>) {
  return z
    .string()
    .max(100)
    .superRefine((text, ctx) => {
      const read = row.read(text);
      if (!read.ok) ctx.addIssue({ code: "custom", message: read.problem });
    });
}
