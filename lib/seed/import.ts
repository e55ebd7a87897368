import { monthEndExclusive } from "../core/month";
import { toClaimRow } from "../evidence/claim";
import { toMinerRow } from "../evidence/miner-figure";
import { toRegulatorRow } from "../evidence/regulator-figure";
import { toSiteFactRow } from "../evidence/site-fact";
import type { ParsedBatch } from "../ingest/write";
import { writeBatch } from "../ingest/write";
import { sourceContract } from "../sources/registry";
import { assertDeclared } from "../sources/run";
import type { PoolWindowInput } from "../store/pool-history";
import type { Db } from "../store/schema";
import type { SeedBundle } from "./load";
import type { SeedPoolHistoryFile, SeedSource } from "./schema";

type SeedFile<K extends keyof SeedBundle> = SeedBundle[K][number]["data"];

/** A seed file's records, as the batch a source of its kind would return. */
type ToRecords<K extends keyof SeedBundle> = (
  data: SeedFile<K>,
  at: string,
) => Omit<ParsedBatch, "source">;

/**
 * How each kind of seed file becomes records, in the order they are imported (the pool
 * registry before what names its pools; the order the store has always been filled in).
 */
const SEED_RECORDS: { [K in keyof SeedBundle]: ToRecords<K> } = {
  shares: (data) => ({
    kind: "country-shares",
    // A seed file is its source's whole content: a month it no longer holds goes.
    records: {
      rows: data.rows.map((r) => ({
        month: r.month,
        label: r.label,
        country: r.country,
        share: r.share,
        hashrate_ehs: r.hashrateEhs,
        method: data.method,
        basis: data.basis,
        caveat: r.caveat,
      })),
      aggregates: data.aggregates ?? [],
      months: "all",
    },
  }),
  nodes: (data) => ({
    kind: "node-snapshot",
    records: {
      sourceId: data.source.id,
      takenAt: new Date(data.snapshot.takenAt).toISOString(),
      total: data.snapshot.total,
      latestHeight: data.snapshot.latestHeight,
      locationPrecision: data.locationPrecision,
      unlocated: data.snapshot.unlocated,
      countries: data.countries,
      locations: data.locations,
    },
  }),
  nodeCountries: (data) => ({ kind: "node-country-months", records: data.months }),
  pools: (data) => ({ kind: "pools", records: data.pools }),
  poolShares: (data) => ({
    kind: "pool-blocks",
    records: {
      windows: [
        {
          periodStart: new Date(data.window.periodStart).toISOString(),
          periodEnd: new Date(data.window.periodEnd).toISOString(),
          rows: data.rows,
        },
      ],
      weekly: [],
      daily: [],
    },
  }),
  poolHistory: (data) => ({
    kind: "pool-blocks",
    records: { windows: data.months.map(monthWindow), weekly: [], daily: [] },
  }),
  poolServers: (data, at) => ({
    kind: "pool-servers",
    records: data.rows.map((r) => ({
      pool_slug: r.pool,
      host: r.host,
      port: r.port,
      claimed_region: r.claimedRegion,
      ip: null,
      lat: null,
      lon: null,
      country: r.country,
      located_by: r.locatedBy,
      source_url: r.sourceUrl,
      resolved_at: at,
    })),
    // Bundled hosts were never resolved here: the file says nothing of when.
    dataAt: null,
  }),
  sites: (data) => ({ kind: "site-facts", records: data.rows.map(toSiteFactRow) }),
  regulator: (data) => ({ kind: "regulator-figures", records: data.rows.map(toRegulatorRow) }),
  claims: (data) => ({ kind: "claims", records: data.rows.map(toClaimRow) }),
  network: (data) => ({ kind: "network-months", records: data.rows }),
  fleet: (data) => ({ kind: "fleet-efficiency", records: data.rows }),
  miners: (data) => ({ kind: "miner-figures", records: data.rows.map(toMinerRow) }),
};

/** A month of the pool history as one block window [month start, next month start). */
function monthWindow(m: SeedPoolHistoryFile["months"][number]): PoolWindowInput {
  return {
    periodStart: `${m.month}-01T00:00:00.000Z`,
    periodEnd: monthEndExclusive(m.month),
    rows: m.rows.map(([slug, blocks]) => ({
      slug,
      blocks,
      share: Math.round((blocks / m.blocks) * 1e9) / 1e9,
    })),
  };
}

export interface SeedImportResult {
  imported: string[];
  skipped: string[];
}

/**
 * Imports a validated seed bundle in ONE transaction. Each file becomes an ingest keyed by its
 * content hash, so a file already imported is skipped: starting twice changes nothing.
 */
export async function importSeed(
  db: Db,
  bundle: SeedBundle,
  now = new Date(),
): Promise<SeedImportResult> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const result: SeedImportResult = { imported: [], skipped: [] };
    const importFiles = async <K extends keyof SeedBundle>(key: K) => {
      for (const { file, sha256, data } of bundle[key]) {
        const contract = sourceContract(data.source.id);
        const source: SeedSource & Pick<typeof contract, "kind" | "staleAfterHours"> = {
          ...data.source,
          kind: contract.kind,
          staleAfterHours: contract.staleAfterHours,
        };
        const batch = {
          ...SEED_RECORDS[key](data, at),
          source,
          sha256,
          upstreamUrl: `seed:${file.split("/").slice(-2).join("/")}`,
          fetchedAt: at,
        } as Parameters<typeof writeBatch>[1];
        assertDeclared(contract, source.id, batch);
        const written = await writeBatch(trx, batch, "seed", at);
        (written.alreadyStored ? result.skipped : result.imported).push(file);
      }
    };
    for (const key of Object.keys(SEED_RECORDS) as (keyof SeedBundle)[]) await importFiles(key);
    return result;
  });
}
