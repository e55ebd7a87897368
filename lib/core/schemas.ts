import { z } from "zod";
import { ISO2_PATTERN } from "./country-code";
import { isHttpUrl } from "./http-url";
import { MONTH_PATTERN } from "./month";

/**
 * The zod schemas of the domain's primitives, declared once: the seed files, the CSV imports,
 * the API's parameters and responses, and the Global South definitions all validate with these.
 * Callers that word their own error message build on the same pattern (`MONTH_PATTERN`).
 */

export const monthSchema = z.string().regex(MONTH_PATTERN, "month must be YYYY-MM");

export const iso2Schema = z
  .string()
  .regex(ISO2_PATTERN, "country must be an ISO 3166-1 alpha-2 code");

/** How a figure was obtained: measured by its publisher, or reported (quoted) by others. */
export const methodSchema = z.enum(["measured", "reported"]);
export type Method = z.infer<typeof methodSchema>;

/** The network a node's address is on; a node no database can place is counted by it. */
export const nodeNetworkSchema = z.enum(["tor", "i2p", "cjdns", "ipv4", "ipv6", "unknown"]);
export type NodeNetwork = z.infer<typeof nodeNetworkSchema>;

/**
 * A stored link: an absolute `http:` or `https:` URL, nothing else (`z.url()` takes any scheme,
 * `javascript:` and `data:` included). Checked at import; lib/core/http-url.ts checks again when
 * a link is rendered.
 */
export const httpUrl = (message = "must be an absolute URL (http:// or https://)") =>
  z.string().trim().refine(isHttpUrl, message);
