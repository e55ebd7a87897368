import { z } from "zod";
import { httpUrl, iso2Schema, methodSchema, monthSchema, nodeNetworkSchema } from "../core/schemas";
import { claimSchema } from "../evidence/claim";
import { minerFigureSchema } from "../evidence/miner-figure";
import { regulatorFigureSchema } from "../evidence/regulator-figure";
import { siteFactSchema } from "../evidence/site-fact";
import { fleetMonthSchema } from "../sources/fleet-efficiency/schema";

/**
 * Shapes of the committed seed files in `data/seed/`. `scripts/derive-seed.ts` writes them from
 * the raw public files; `lib/seed/load.ts` validates them before anything is written to the store.
 * One schema file, so the writer and the reader cannot drift apart.
 */

/** Who published the data, under which licence, and how our copy was derived. */
const seedSourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  publisher: z.string().min(1),
  url: httpUrl(),
  licence: z.string().min(1),
  licenceUrl: httpUrl().optional(),
  attribution: z.string().min(1),
  /** Raw file(s) under shared/data/raw the seed was derived from, with their upstream origin. */
  derivedFrom: z.array(z.object({ file: z.string(), origin: z.string() })).min(1),
  /** Free-text caveats a reader must know (e.g. what an asterisk means). */
  notes: z.array(z.string()).default([]),
});
export type SeedSource = z.infer<typeof seedSourceSchema>;

/** One country (or bucket) share in one month. `country` null = not attributable to a country. */
const seedShareRowSchema = z.object({
  month: monthSchema,
  /** The upstream's own label, kept verbatim (e.g. "Germany *", "Other"). */
  label: z.string().min(1),
  country: iso2Schema.nullable(),
  /** Fraction of total network hashrate, 0..1, exact decimal conversion of the upstream percent. */
  share: z.number().min(0).max(1),
  hashrateEhs: z.number().nonnegative().nullable(),
  /** Why this row needs care (unallocated bucket, suspected VPN/proxy relocation…), or null. */
  caveat: z.string().nullable(),
});
export type SeedShareRow = z.infer<typeof seedShareRowSchema>;

/**
 * A figure the source gives for a group of countries in a month ("Africa 2.2 %", "United States +
 * China + Russia 67 %"), whose members are known exactly: it bounds the ranges of the countries
 * and groups it covers, and is never split into countries.
 */
const seedShareAggregateSchema = z.object({
  month: monthSchema,
  label: z.string().min(1),
  members: z.array(iso2Schema).min(1),
  share: z.number().min(0).max(1),
  caveat: z.string().nullable(),
});

export const seedSharesFileSchema = z.object({
  kind: z.literal("country-shares"),
  method: methodSchema,
  source: seedSourceSchema,
  /** What the share is a share of, e.g. "share of global hashrate (geolocated pool-miner IPs)". */
  basis: z.string().min(1),
  rows: z.array(seedShareRowSchema).min(1),
  /** Group figures of the same months, when the source gives any. */
  aggregates: z.array(seedShareAggregateSchema).optional(),
});
export type SeedSharesFile = z.infer<typeof seedSharesFileSchema>;

export const seedNodesFileSchema = z.object({
  kind: z.literal("node-snapshot"),
  source: seedSourceSchema,
  snapshot: z.object({
    /** ISO 8601 UTC time the upstream took the snapshot. */
    takenAt: z.iso.datetime(),
    total: z.number().int().nonnegative(),
    latestHeight: z.number().int().nonnegative().nullable(),
    /** Nodes with no usable location (Tor/I2P/CJDNS, or no GeoIP match), by network. */
    unlocated: z.record(nodeNetworkSchema, z.number().int().nonnegative()),
  }),
  /** [iso2, nodeCount] */
  countries: z.array(z.tuple([iso2Schema, z.number().int().positive()])),
  /** [lat, lon, iso2, nodeCount]; coordinates rounded to `locationPrecision` decimals. */
  locationPrecision: z.number().int().min(0).max(4),
  locations: z.array(
    z.tuple([
      z.number().min(-90).max(90),
      z.number().min(-180).max(180),
      iso2Schema,
      z.number().int().positive(),
    ]),
  ),
});
export type SeedNodesFile = z.infer<typeof seedNodesFileSchema>;

const seedPoolSchema = z.object({
  /** Stable key across registry versions (mempool.space URL slug). */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  link: z.string().nullable(),
  tags: z.array(z.string()),
  addressCount: z.number().int().nonnegative(),
  /** Payout addresses, for attributing blocks the operator's node reads (coinbase outputs). */
  addresses: z.array(z.string().min(1)),
});
/**
 * Node counts per country and month from a monitor (no locations: drawn per country, never as
 * points). `countries`: [iso2, median, min, max] of the month's samples.
 */
export const seedNodeCountryCountsFileSchema = z.object({
  kind: z.literal("node-country-counts"),
  source: seedSourceSchema,
  months: z
    .array(
      z.object({
        month: monthSchema,
        firstSample: z.iso.datetime(),
        lastSample: z.iso.datetime(),
        samples: z.number().int().positive(),
        /** Why the month is only partly covered, or null. */
        partial: z.string().nullable(),
        countries: z
          .array(
            z.tuple([
              iso2Schema,
              z.number().nonnegative(),
              z.number().int().nonnegative(),
              z.number().int().nonnegative(),
            ]),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type SeedNodeCountryCountsFile = z.infer<typeof seedNodeCountryCountsFileSchema>;

export const seedPoolsFileSchema = z.object({
  kind: z.literal("pool-registry"),
  source: seedSourceSchema,
  pools: z.array(seedPoolSchema).min(1),
});
export type SeedPoolsFile = z.infer<typeof seedPoolsFileSchema>;

/** Blocks per pool in one window (a recorded mempool.space `/api/v1/mining/pools/{period}`). */
export const seedPoolSharesFileSchema = z.object({
  kind: z.literal("pool-shares"),
  source: seedSourceSchema,
  window: z.object({
    periodStart: z.iso.datetime(),
    /** When the window ended (the recording time, or the latest moment it can have been). */
    periodEnd: z.iso.datetime(),
    blockCount: z.number().int().positive(),
  }),
  rows: z
    .array(
      z.object({
        slug: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(1),
        blocks: z.number().int().nonnegative(),
        share: z.number().min(0).max(1),
      }),
    )
    .min(1),
});
export type SeedPoolSharesFile = z.infer<typeof seedPoolSharesFileSchema>;

/**
 * Blocks per pool per complete UTC month (the pool-history archive). `unknown` is the blocks no
 * registry rule matched, kept as its own row so its share shows; `blocks` is the month's total.
 */
export const seedPoolHistoryFileSchema = z.object({
  kind: z.literal("pool-history"),
  source: seedSourceSchema,
  months: z
    .array(
      z.object({
        month: monthSchema,
        blocks: z.number().int().positive(),
        /** [slug, blocks], most blocks first; slugs are the registry's (seed pool-registry). */
        rows: z
          .array(z.tuple([z.string().regex(/^[a-z0-9-]+$/), z.number().int().positive()]))
          .min(1),
      }),
    )
    .min(1),
});
export type SeedPoolHistoryFile = z.infer<typeof seedPoolHistoryFileSchema>;

/**
 * Pool stratum hosts as declared in data/pool-locations.csv, before any DNS lookup (the seed is
 * built offline): `declared` when the hostname names a country, else `unresolved`.
 */
export const seedPoolServersFileSchema = z.object({
  kind: z.literal("pool-servers"),
  source: seedSourceSchema,
  rows: z
    .array(
      z.object({
        pool: z.string().regex(/^[a-z0-9-]+$/),
        host: z.string().min(1),
        port: z.number().int().positive().nullable(),
        claimedRegion: z.string().nullable(),
        country: iso2Schema.nullable(),
        locatedBy: z.enum(["declared", "unresolved"]),
        sourceUrl: httpUrl(),
      }),
    )
    .min(1),
});
export type SeedPoolServersFile = z.infer<typeof seedPoolServersFileSchema>;

export const seedSitesFileSchema = z.object({
  kind: z.literal("mining-sites"),
  source: seedSourceSchema,
  rows: z.array(siteFactSchema).min(1),
});
export type SeedSitesFile = z.infer<typeof seedSitesFileSchema>;

export const seedRegulatorFileSchema = z.object({
  kind: z.literal("regulator-figures"),
  source: seedSourceSchema,
  rows: z.array(regulatorFigureSchema).min(1),
});
export type SeedRegulatorFile = z.infer<typeof seedRegulatorFileSchema>;

export const seedClaimsFileSchema = z.object({
  kind: z.literal("claims"),
  source: seedSourceSchema,
  rows: z.array(claimSchema).min(1),
});
export type SeedClaimsFile = z.infer<typeof seedClaimsFileSchema>;

/** A month's network hashrate: the mean of its daily values and how many days it has. */
const seedNetworkMonthSchema = z.object({
  month: monthSchema,
  /** Null when the month has fewer than 20 days of values (lib/analytics/network-months.ts). */
  ehs: z.number().positive().nullable(),
  days: z.number().int().min(1).max(31),
});

export const seedNetworkFileSchema = z.object({
  kind: z.literal("network-hashrate"),
  source: seedSourceSchema,
  rows: z.array(seedNetworkMonthSchema).min(1),
});
export type SeedNetworkFile = z.infer<typeof seedNetworkFileSchema>;

export const seedFleetFileSchema = z.object({
  kind: z.literal("fleet-efficiency"),
  source: seedSourceSchema,
  rows: z.array(fleetMonthSchema).min(1),
});
export type SeedFleetFile = z.infer<typeof seedFleetFileSchema>;

export const seedMinersFileSchema = z.object({
  kind: z.literal("miner-figures"),
  source: seedSourceSchema,
  rows: z.array(minerFigureSchema).min(1),
});
export type SeedMinersFile = z.infer<typeof seedMinersFileSchema>;

/** `data/seed/manifest.json`: which files make up the seed, so a missing one is an error. */
export const seedManifestSchema = z.object({
  generatedBy: z.string(),
  files: z.array(
    z.object({
      file: z.string().regex(/^[a-z0-9.-]+\.json$/),
      kind: z.enum([
        "country-shares",
        "node-snapshot",
        "node-country-counts",
        "pool-registry",
        "pool-shares",
        "pool-history",
        "pool-servers",
        "mining-sites",
        "regulator-figures",
        "claims",
        "network-hashrate",
        "fleet-efficiency",
        "miner-figures",
      ]),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type SeedManifest = z.infer<typeof seedManifestSchema>;
