import { z } from "zod";
import { iso2Schema as iso2, methodSchema, monthSchema as month } from "../core/schemas";
import {
  coordPrecisionSchema,
  mwBasisSchema,
  siteConfidenceSchema,
  siteFactSchema,
  siteStatusSchema,
} from "../evidence/site-fact";

/**
 * The JSON shapes the API serves, as zod schemas. The browser parses every response with these
 * (SWR hooks in components/hooks/), and the API tests parse the route handlers' output with the
 * same schemas, so client and server cannot drift apart silently.
 */

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
  /** The newest country data and its source; `live` only while that source keeps its cadence. */
  newest: z
    .object({
      month,
      method: methodSchema,
      source: z.object({ id: z.string(), name: z.string(), publisher: z.string() }),
      live: z.boolean(),
    })
    .nullable(),
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

/** A source's figure for a group of countries ("Africa 2.2 %"): bounds ranges, never split. */
export const shareAggregateSchema = z.object({
  label: z.string(),
  members: z.array(iso2),
  share: z.number().min(0).max(1),
  caveat: z.string().nullable(),
});

export const sharesSchema = z.object({
  month,
  method: methodSchema,
  basis: z.string(),
  coverage: z.number(),
  source: sourceRefSchema,
  rows: z.array(shareRowSchema),
  // Snapshots frozen before group figures were served have none.
  aggregates: z.array(shareAggregateSchema).default([]),
});

export const globalSouthSchema = z.object({
  definition: z.object({
    id: z.string(),
    name: z.string(),
    source: z.string(),
    definedBy: z.string(),
    vintage: z.string(),
  }),
  series: z.array(
    z.object({
      month,
      /** The named members' sum; the same as `low`. */
      share: z.number(),
      low: z.number().min(0).max(1),
      high: z.number().min(0).max(1),
      unattributed: z.number().min(0).max(1),
      relocated: z.number().min(0).max(1),
      /** The source's group figures that narrowed the range ("Africa"), if any. */
      boundedBy: z.array(z.string()).default([]),
      coverage: z.number(),
      method: methodSchema,
      source: z.string(),
      named: z.array(z.object({ country: iso2, share: z.number() })),
      caveats: z.array(z.string()),
    }),
  ),
  /** The sources the series rests on, to name them when two months are compared. */
  sources: z.array(z.object({ id: z.string(), name: z.string(), publisher: z.string() })),
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
  /** Set when `snapshot` is null because the newest one is older than the node window allows (lib/core/node-window.ts). */
  olderSnapshot: z
    .object({ timestamp: z.string(), source: z.object({ id: z.string(), name: z.string() }) })
    .nullable(),
  /** A curated sample (Bitcoin Core fixed seeds) within the node window: totals only, never per country. */
  sample: z
    .object({
      timestamp: z.string(),
      label: z.string(),
      total: z.number().int(),
      located: z.number().int(),
      unlocatedByNetwork: z.record(z.string(), z.number().int()),
      source: sourceRefSchema,
    })
    .nullable(),
  /** A monitor's per-country counts for this very month, with their scope. */
  countryCounts: z
    .object({
      scope: z.string(),
      firstSample: z.string(),
      lastSample: z.string(),
      samples: z.number().int(),
      partial: z.string().nullable(),
      source: sourceRefSchema,
      countries: z.array(
        z.object({
          country: iso2,
          name: z.string(),
          median: z.number(),
          min: z.number().int(),
          max: z.number().int(),
        }),
      ),
    })
    .nullable(),
});

/** `detail=locations`: flat `[lat, lon, count]` triples — compact to send and fast to draw. */
export const nodeLocationsSchema = nodesSchema.extend({
  locations: z.array(z.tuple([z.number(), z.number(), z.number().int().positive()])),
  /** Whose points `locations` are: the month's snapshot, else its curated sample. */
  locationsOf: z.enum(["snapshot", "sample"]).nullable(),
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
      blocks: z.number().int().nonnegative().nullable(),
      source: z.string(),
      coverage: z.number().min(0).max(1.001),
      pools: z.number().int().nonnegative(),
    }),
  ),
  bases: z.object({ blocks: z.string(), "weekly-hashrate": z.string() }),
  rule: z.string(),
});

/**
 * `GET /api/v1/pools/footprint`: for each month with pool data, the share of blocks whose pools run
 * their stratum servers in each country. It is infrastructure, not where miners are, and never
 * fills a hashrate share.
 */
export const footprintSchema = z.object({
  what: z.string(),
  series: z.array(
    z.object({
      month,
      basis: poolBasisSchema,
      periodStart: z.string(),
      periodEnd: z.string(),
      source: z.string(),
      /** Share of the month's blocks whose pool has located servers (weighted by located hosts). */
      coverage: z.number().min(0).max(1.001),
      countries: z.array(
        z.object({ country: z.string(), name: z.string(), share: z.number().min(0).max(1.001) }),
      ),
      /** Pools that contributed, with how their servers were located. */
      pools: z.array(z.object({ pool: z.string(), method: z.string() })),
    }),
  ),
});

/** What /pools shows: each month's concentration and its pools' shares, on the month's own basis. */
export const poolHistorySchema = z.object({
  series: concentrationSchema.shape.series,
  /** The pools the stack names, largest over all months first. */
  stacked: z.array(z.object({ slug: z.string(), name: z.string() })),
  /** Per month: each stacked pool's share, the other named pools', and the unknown share. */
  shares: z.array(
    z.object({
      month,
      pools: z.array(z.number().min(0).max(1.001)),
      other: z.number().min(0).max(1.001),
      unknown: z.number().min(0).max(1.001),
    }),
  ),
});

const siteSourceSchema = z.object({
  url: z.string(),
  kind: z.string(),
  date: z.string().nullable(),
});

const siteFactViewSchema = z.object({
  status: siteStatusSchema,
  asOf: month.nullable(),
  capacityMw: z.number().nullable(),
  mwBasis: mwBasisSchema.nullable(),
  hashrateEhs: z.number().nullable(),
  confidence: siteConfidenceSchema,
  source: siteSourceSchema,
  note: z.string(),
});

/** A known site at a month (lib/analytics/site-state.ts). */
export const siteStateSchema = z.object({
  id: z.string(),
  operator: z.string(),
  name: z.string(),
  country: iso2,
  locality: z.string(),
  lat: z.number(),
  lon: z.number(),
  precision: coordPrecisionSchema,
  status: siteStatusSchema,
  asOf: month,
  capacityMw: z.number().nullable(),
  mwBasis: mwBasisSchema.nullable(),
  hashrateEhs: z.number().nullable(),
  confidence: siteConfidenceSchema,
  lastReported: month,
  stale: z.boolean(),
  counted: z.boolean(),
  facts: z.array(siteFactViewSchema),
  undated: z.array(siteFactViewSchema),
  source: siteSourceSchema,
});

const capacityCounts = {
  energizedMw: z.number(),
  facilityMw: z.number(),
  mwNotStated: z.number(),
  otherBasis: z.number(),
  energizedSites: z.number(),
  plannedSites: z.number(),
  sites: z.number(),
  notCounted: z.number(),
};

export const capacityPointSchema = z.object({ month, ...capacityCounts });

/** `GET /api/v1/sites?month=`. */
export const sitesSchema = z.object({
  month,
  horizonMonths: z.number().int().positive(),
  sites: z.array(siteStateSchema),
  undated: z.array(
    z.object({
      id: z.string(),
      country: iso2,
      name: z.string(),
      facts: z.array(siteFactViewSchema),
    }),
  ),
  byCountry: z.array(z.object({ country: iso2, name: z.string(), ...capacityCounts })),
  source: sourceRefSchema.nullable(),
  what: z.string(),
});

/** `GET /api/v1/sites/facts`: the facts the map layer places month by month in the browser. */
export const siteFactsSchema = z.object({
  newestMonth: month,
  facts: z.array(siteFactSchema),
  source: sourceRefSchema.nullable(),
  what: z.string(),
});

/** `GET /api/v1/sites/capacity?definition=`. */
export const capacitySchema = z.object({
  definition: z.object({ id: z.string(), name: z.string() }),
  newestMonth: month,
  series: z.array(capacityPointSchema),
  what: z.string(),
});

export const countryEvidenceSchema = z.object({
  regulator: z.array(
    z.object({
      authority: z.string(),
      period: z.string(),
      periodStart: z.string().nullable(),
      periodEnd: z.string().nullable(),
      /** The period in words ("8 Jul 2023 – 7 Jul 2024"), or null when not known. */
      described: z.string().nullable(),
      metric: z.string(),
      value: z.string(),
      number: z.number().nullable(),
      unit: z.string(),
      basis: z.string(),
      role: z.enum(["energy", "load", "capacity", "partial", "context"]),
      asOf: month.nullable(),
      note: z.string(),
      source: z.object({ url: z.string(), date: z.string().nullable() }),
      conversion: z.string().nullable(),
    }),
  ),
  claims: z.array(
    z.object({
      publisher: z.string(),
      product: z.string(),
      period: z.string(),
      periodStart: z.string().nullable(),
      periodEnd: z.string().nullable(),
      described: z.string().nullable(),
      month: month.nullable(),
      /** The file gives no period: placed at its publication month. */
      placedAtPublication: z.boolean(),
      share: z.number().nullable(),
      shareBasis: z.string(),
      hashrateEhs: z.number().nullable(),
      confidence: z.enum(["medium", "low"]),
      urls: z.array(z.string()),
      notes: z.string(),
    }),
  ),
  sites: z.object({
    /** The month the sites are shown at: the current month. */
    month,
    horizonMonths: z.number().int().positive(),
    now: z.array(siteStateSchema),
    undated: z.array(
      z.object({ id: z.string(), name: z.string(), facts: z.array(siteFactViewSchema) }),
    ),
    capacity: z.array(capacityPointSchema),
  }),
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
      /** Where `share` is null (not named): the hashrate that month's source names no country for. */
      unattributed: z.number(),
      /** Where `share` is null: the most the country can hold by that source's account. */
      upTo: z.number().nullable(),
      /** The source's group figure that sets `upTo` ("Africa"), when one does. */
      boundedBy: z.string().nullable(),
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
  evidence: countryEvidenceSchema,
});

/** `GET /api/v1/countries`: the countries with any evidence. */
export const countriesSchema = z.object({
  countries: z.array(
    z.object({
      country: iso2,
      name: z.string(),
      namedMonths: z.number().int().nonnegative(),
      claims: z.number().int().nonnegative(),
      regulatorFigures: z.number().int().nonnegative(),
      sites: z.number().int().nonnegative(),
      nodeSnapshots: z.number().int().nonnegative(),
    }),
  ),
  what: z.string(),
});

/** `GET /api/v1/definitions`: every Global South definition, default first. */
export const definitionsSchema = z.object({
  default: z.string(),
  definitions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string(),
      definedBy: z.string(),
      sourceUrl: z.string(),
      vintage: z.string(),
      judgementCalls: z.array(z.string()),
      memberCount: z.number().int().positive(),
      members: z.array(iso2),
    }),
  ),
});

export type SitesResponse = z.infer<typeof sitesSchema>;
export type CapacityPointResponse = z.infer<typeof capacityPointSchema>;
export type SiteFactsResponse = z.infer<typeof siteFactsSchema>;
export type SiteStateResponse = z.infer<typeof siteStateSchema>;
export type CountryEvidenceResponse = z.infer<typeof countryEvidenceSchema>;
export type CountryHistoryResponse = z.infer<typeof countryHistorySchema>;
export type CountriesResponse = z.infer<typeof countriesSchema>;
export type MonthsResponse = z.infer<typeof monthsSchema>;
export type SharesResponse = z.infer<typeof sharesSchema>;
export type ShareRow = z.infer<typeof shareRowSchema>;
export type GlobalSouthResponse = z.infer<typeof globalSouthSchema>;
export type NodesResponse = z.infer<typeof nodesSchema>;
export type NodeLocationsResponse = z.infer<typeof nodeLocationsSchema>;
export type PoolsResponse = z.infer<typeof poolsSchema>;
export type ConcentrationResponse = z.infer<typeof concentrationSchema>;
export type FootprintResponse = z.infer<typeof footprintSchema>;
export type PoolHistoryResponse = z.infer<typeof poolHistorySchema>;
export type PoolBasis = z.infer<typeof poolBasisSchema>;

/** Low and high ends of an interval. */
const interval = z.object({ low: z.number(), high: z.number() });

/** GET /api/v1/network/hashrate: a month's network hashrate, with its day count and source. */
export const networkHashrateSchema = z.object({
  minDays: z.number().int(),
  months: z.array(
    z.object({ month, ehs: z.number().nullable(), days: z.number().int(), source: z.string() }),
  ),
  what: z.string(),
});
export type NetworkHashrateResponse = z.infer<typeof networkHashrateSchema>;

export const estimateLineSchema = z.object({
  source: z.enum(["regulator", "public-miners", "sites"]),
  id: z.string(),
  date: z.string(),
  role: z.enum(["energy", "load", "capacity", "partial", "miners", "site"]),
  bound: z.enum(["both", "lower", "upper"]),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  loadMw: z.number().nullable(),
  ehs: interval,
  share: interval,
  arithmetic: z.string(),
  sourceUrl: z.string(),
});

export const countryEstimateSchema = z.object({
  iso: iso2,
  low: z.number().min(0).max(1).nullable(),
  high: z.number().min(0).max(1).nullable(),
  state: z.enum(["range", "at-least", "at-most", "conflict"]),
  strongest: z.string().nullable(),
  evidence: z.array(estimateLineSchema),
});

/** GET /api/v1/estimates: the estimated range of a month, every assumption stated. */
export const estimatesSchema = z.object({
  month,
  method: z.literal("estimated"),
  networkEhs: z.number().nullable(),
  networkDays: z.number().int(),
  networkSource: z.string().nullable(),
  assumptions: z.object({
    efficiency: z.object({
      choice: z.string(),
      jPerTh: interval.nullable(),
      label: z.string().nullable(),
      assumed: z.string().nullable(),
    }),
    pue: interval,
    window: z.number().int(),
    description: z.string(),
  }),
  reason: z.string().nullable(),
  countries: z.array(countryEstimateSchema),
  globalSouth: z.object({
    definition: z.string(),
    low: z.number().min(0).max(1).nullable(),
    high: z.number().min(0).max(1).nullable(),
    members: z.number().int(),
    conflicted: z.number().int(),
    reason: z.string().nullable(),
  }),
});
export type EstimatesResponse = z.infer<typeof estimatesSchema>;

/** GET /api/v1/estimates/validation. */
export const estimateValidationSchema = z.object({
  assumptions: z.string(),
  counts: z.object({ inside: z.number(), outside: z.number(), conflict: z.number() }),
  rows: z.array(
    z.object({
      country: iso2,
      month,
      share: z.number(),
      source: z.string(),
      kind: z.enum(["measured", "reported", "claim"]),
      low: z.number().nullable(),
      high: z.number().nullable(),
      verdict: z.enum(["inside", "outside", "conflict"]),
    }),
  ),
  reasons: z.array(z.string()),
});
export type EstimateValidationResponse = z.infer<typeof estimateValidationSchema>;

/**
 * GET /api/v1/estimates/evidence: everything the evidence model reads, served once so the
 * browser computes any month under any assumptions without another request.
 */
export const estimateEvidenceSchema = z.object({
  regulator: z.array(
    z.object({
      id: z.string(),
      country: iso2,
      authority: z.string(),
      metric: z.string(),
      number: z.number().nullable(),
      value: z.string(),
      unit: z.string(),
      periodStart: z.string().nullable(),
      periodEnd: z.string().nullable(),
      role: z.enum(["energy", "load", "capacity", "partial", "context"]),
      sourceUrl: z.string(),
    }),
  ),
  miners: z.array(
    z.object({
      id: z.string(),
      company: z.string(),
      country: iso2.nullable(),
      asOf: z.string(),
      month,
      metric: z.enum(["eh_s", "mw"]),
      value: z.number(),
      basis: z.string(),
      site: z.string(),
      confidence: z.enum(["high", "medium", "low"]),
      sourceUrl: z.string(),
    }),
  ),
  sites: z.array(
    z.object({
      id: z.string(),
      siteId: z.string(),
      operator: z.string(),
      country: iso2,
      month: month.nullable(),
      capacityMw: z.number().nullable(),
      mwBasis: z.string().nullable(),
      confidence: z.enum(["high", "medium", "low"]),
      sourceUrl: z.string(),
    }),
  ),
  network: z.array(
    z.object({ month, ehs: z.number().nullable(), days: z.number().int(), source: z.string() }),
  ),
  fleet: z.array(z.object({ month, low: z.number(), central: z.number(), high: z.number() })),
});
export type EstimateEvidenceResponse = z.infer<typeof estimateEvidenceSchema>;
