import { z } from "zod";

/**
 * Shapes of what Bitnodes serves. A node row is 13 values (legacy, with Bitnodes' own GeoIP) or,
 * since late 2025, only the first five. The crawler's own export prefixes address and port.
 */

const head = [
  z.number(), // protocol version
  z.string(), // user agent
  z.number(), // connected since (Unix s)
  z.number(), // services bitfield
  z.number(), // height
] as const;
const geo = [
  z.string().nullable(), // hostname
  z.string().nullable(), // city
  z.string().nullable(), // country (ISO2)
  z.number().nullable(), // latitude
  z.number().nullable(), // longitude
  z.string().nullable(), // timezone
  z.string().nullable(), // asn
  z.string().nullable(), // organization name
] as const;

const legacyRowSchema = z.tuple([...head, ...geo]);
const shortRowSchema = z.tuple([...head]);
const nodeRowSchema = z.union([legacyRowSchema, shortRowSchema]);
export type NodeRow = z.infer<typeof nodeRowSchema>;

/** `GET /api/v1/snapshots/{timestamp}/` and `/api/v1/snapshots/latest/`. */
export const bitnodesSnapshotSchema = z.object({
  timestamp: z.number().int().positive(),
  total_nodes: z.number().int().nonnegative().optional(),
  latest_height: z.number().int().nonnegative().nullable().optional(),
  nodes: z.record(z.string(), nodeRowSchema),
});
export type BitnodesSnapshot = z.infer<typeof bitnodesSnapshotSchema>;

/** `GET /api/v1/snapshots/`: a page of snapshot summaries, newest first. */
export const bitnodesListingSchema = z.object({
  count: z.number().int().nonnegative(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(
    z.object({
      url: z.string(),
      timestamp: z.number().int().positive(),
      total_nodes: z.number().int().nonnegative(),
      latest_height: z.number().int().nonnegative().nullable(),
    }),
  ),
});
export type BitnodesListing = z.infer<typeof bitnodesListingSchema>;

const address = [z.string(), z.number().int()] as const;
/** The crawler's export (`<timestamp>.json`): `[address, port, ...row]`, 15 or 7 values. */
export const crawlerExportSchema = z.array(
  z.union([z.tuple([...address, ...head, ...geo]), z.tuple([...address, ...head])]),
);
