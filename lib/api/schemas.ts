import { z } from "zod";

/**
 * The JSON shapes the API serves, as zod schemas. The browser parses every response with these
 * (SWR hooks in components/hooks/), and the API tests parse the route handlers' output with the
 * same schemas, so client and server cannot drift apart silently.
 */

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const iso2 = z.string().regex(/^[A-Z]{2}$/);
export const methodSchema = z.enum(["measured", "reported", "modeled"]);

export const sourceRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  publisher: z.string(),
  url: z.string(),
  licence: z.string(),
  attribution: z.string(),
  dataAsOf: z.string().nullable(),
  fetchedAt: z.string().nullable(),
});

export const monthsSchema = z.object({
  months: z.array(month),
  latest: month.nullable(),
  series: z.array(z.object({ month, method: methodSchema, source: z.string() })),
});

export const shareRowSchema = z.object({
  country: iso2.nullable(),
  name: z.string(),
  label: z.string(),
  share: z.number().min(0).max(1),
  method: methodSchema,
  source: z.string(),
  caveat: z.string().nullable(),
});

export const sharesSchema = z.object({
  month,
  method: methodSchema,
  basis: z.string(),
  coverage: z.number(),
  source: sourceRefSchema,
  rows: z.array(shareRowSchema),
});

export const globalSouthSchema = z.object({
  definition: z.object({
    id: z.string(),
    name: z.string(),
    source: z.string(),
    definedBy: z.string(),
  }),
  series: z.array(
    z.object({
      month,
      share: z.number(),
      coverage: z.number(),
      method: methodSchema,
      source: z.string(),
    }),
  ),
});

export const nodeSnapshotSchema = z.object({
  timestamp: z.string(),
  total: z.number().int(),
  unlocated: z.number().int(),
  unlocatedByNetwork: z.record(z.string(), z.number().int()),
  latestHeight: z.number().int().nullable(),
  source: sourceRefSchema,
});

export const nodesSchema = z.object({
  month,
  snapshot: nodeSnapshotSchema.nullable(),
  countries: z.array(z.object({ country: iso2, name: z.string(), count: z.number().int() })),
});

/** `detail=locations`: flat `[lat, lon, count]` triples — compact to send and fast to draw. */
export const nodeLocationsSchema = nodesSchema.extend({
  locations: z.array(z.tuple([z.number(), z.number(), z.number().int().positive()])),
});

export const poolsSchema = z.object({
  month,
  period: z.object({ start: z.string(), end: z.string(), source: z.string() }).nullable(),
  pools: z.array(
    z.object({ slug: z.string(), name: z.string(), blocks: z.number(), share: z.number() }),
  ),
  concentration: z.object({ nakamoto: z.number().nullable(), hhi: z.number() }).nullable(),
  servers: z.array(
    z.object({
      pool: z.string(),
      name: z.string(),
      host: z.string(),
      lat: z.number(),
      lon: z.number(),
      country: z.string().nullable(),
      locatedBy: z.string(),
      claimedRegion: z.string().nullable(),
      resolvedAt: z.string(),
    }),
  ),
});

export const poolBasisSchema = z.enum(["blocks", "weekly-hashrate"]);

/** `GET /api/v1/pools/concentration`: months without pool data are absent from `series`. */
export const concentrationSchema = z.object({
  series: z.array(
    z.object({
      month,
      nakamoto: z.number().int().positive().nullable(),
      hhi: z.number().min(0).max(10_000),
      basis: poolBasisSchema,
      periodStart: z.string(),
      periodEnd: z.string(),
      periods: z.number().int().positive(),
      source: z.string(),
      coverage: z.number().min(0).max(1.001),
      pools: z.number().int().nonnegative(),
    }),
  ),
  bases: z.object({ blocks: z.string(), "weekly-hashrate": z.string() }),
  rule: z.string(),
});

export const countryHistorySchema = z.object({
  country: iso2,
  name: z.string(),
  series: z.array(
    z.object({
      month,
      method: methodSchema,
      source: z.string(),
      share: z.number().nullable(),
      caveat: z.string().nullable(),
    }),
  ),
  nodes: z.array(
    z.object({
      takenAt: z.string(),
      source: z.string(),
      count: z.number().int(),
      total: z.number().int(),
    }),
  ),
  servers: poolsSchema.shape.servers,
  sources: z.array(sourceRefSchema),
});

export type CountryHistoryResponse = z.infer<typeof countryHistorySchema>;
export type MonthsResponse = z.infer<typeof monthsSchema>;
export type SharesResponse = z.infer<typeof sharesSchema>;
export type ShareRow = z.infer<typeof shareRowSchema>;
export type GlobalSouthResponse = z.infer<typeof globalSouthSchema>;
export type NodesResponse = z.infer<typeof nodesSchema>;
export type NodeLocationsResponse = z.infer<typeof nodeLocationsSchema>;
export type PoolsResponse = z.infer<typeof poolsSchema>;
export type ConcentrationResponse = z.infer<typeof concentrationSchema>;
export type PoolBasis = z.infer<typeof poolBasisSchema>;
export type Method = z.infer<typeof methodSchema>;
