import { z } from "zod";
import { httpUrl, monthSchema } from "../../core/schemas";
import { isIso2 } from "../../geo/countries";

/** The only header accepted, in this order: a file in another shape is refused, not guessed at. */
export const REPORTED_HEADER = ["month", "country", "share", "source", "url"] as const;

/** One reported figure: a country's share (0..1) of global hashrate in a month, with its source. */
export const reportedRowSchema = z.object({
  month: monthSchema,
  country: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .refine(isIso2, "unknown country (use an ISO 3166-1 alpha-2 code such as US)"),
  share: z
    .string()
    .regex(/^\s*\d+(\.\d+)?\s*$/, "share must be a decimal number")
    .transform(Number)
    .pipe(z.number().min(0).max(1, "share must be a fraction between 0 and 1")),
  source: z.string().trim().min(1, "source is required"),
  url: httpUrl("url must be an absolute URL (http:// or https://)"),
});
export type ReportedRow = z.infer<typeof reportedRowSchema>;

/** A stable source id for a publisher's name: "Hashrate Index" → "reported-hashrate-index". */
export function reportedSourceId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `reported-${slug || "unnamed"}`;
}
