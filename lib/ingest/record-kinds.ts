import { monthEndExclusive } from "../core/month";
import { claimMonth } from "../evidence/claim";
import {
  type AttributedBlock,
  rebuildMonthWindow,
  upsertAttributedBlocks,
} from "../store/attributed-blocks";
import {
  replaceFleetEfficiency,
  replaceMinerFigures,
  replaceNetworkMonths,
} from "../store/estimate-inputs";
import type {
  FleetEfficiencyTable,
  MinerFiguresTable,
  NetworkHashrateMonthsTable,
} from "../store/estimate-inputs-schema";
import { replaceClaims, replaceRegulatorFigures, replaceSiteFacts } from "../store/evidence";
import type { ClaimsTable, RegulatorFiguresTable, SiteFactsTable } from "../store/evidence-schema";
import { currentIngestId, hasIngest } from "../store/ingests";
import { type CountryMonthInput, replaceCountryMonths } from "../store/node-country-months";
import { insertNodeSnapshot, type NodeSnapshotInput } from "../store/nodes";
import {
  insertPoolWindow,
  type PoolWindowInput,
  upsertNetworkHashrate,
  upsertWeeklyShares,
} from "../store/pool-history";
import { type PoolServerInput, replacePoolServers } from "../store/pool-servers";
import { type PoolInput, upsertPools } from "../store/pools";
import type { Db, NewShare } from "../store/schema";
import {
  type AggregateInput,
  insertAggregates,
  replaceSourceMonths,
  upsertShares,
} from "../store/shares";

/**
 * What a source's records are and how they are stored: every source returns records of one of
 * these kinds, and lib/ingest/write.ts stores any of them the same way (is it new? → ingest row
 * → records → success). A new source of an existing kind needs nothing here.
 */
export interface RecordKind<R> {
  /** Whether these records, under this ingest id, are what the store already holds. */
  isStored(db: Db, sourceId: string, ingestId: string, records: R): Promise<boolean>;
  /** Writes them under `ingestId`; false when the store kept what it had (nothing new). */
  store(db: Db, sourceId: string, ingestId: string, records: R): Promise<boolean>;
  /** How many records they are (the ingest row's count, the outcome's `records`). */
  count(records: R): number;
  /** How far the data reaches (the source's `data_as_of`), or null when it does not say. */
  reaches(records: R): string | null;
}

/** A row of a source-owned table without the two columns the writer fills in. */
type Fields<T> = Omit<T, "source_id" | "ingest_id">;

/** "Is it new?" for data that accumulates: stored once under an id, the same id is never new. */
const everIngested = (db: Db, _source: string, ingestId: string) => hasIngest(db, ingestId);

type ReplacedTable = Parameters<typeof currentIngestId>[1];

/**
 * "Is it new?" for a source whose rows are replaced whole: new unless the rows stored now come
 * from this very ingest (content can change and change back, A → B → A, and must then be written).
 */
const storedNow =
  (table: ReplacedTable) =>
  async (db: Db, sourceId: string, ingestId: string): Promise<boolean> =>
    (await currentIngestId(db, table, sourceId)) === ingestId;

/** The end of the newest month named (how far data dated by month reaches); null for none. */
function newestMonthEnd(months: readonly (string | null)[]): string | null {
  const newest = months
    .filter((m): m is string => m !== null)
    .sort()
    .at(-1);
  return newest ? monthEndExclusive(newest) : null;
}

const newestOf = (times: readonly string[]) => [...times].sort().at(-1) ?? null;

/** A kind whose records replace the source's rows of one table. */
function replacing<T>(
  table: ReplacedTable,
  replace: (
    db: Db,
    sourceId: string,
    rows: (T & { source_id: string; ingest_id: string })[],
  ) => Promise<void>,
  month: (row: T) => string | null,
): RecordKind<readonly T[]> {
  return {
    isStored: storedNow(table),
    store: async (db, sourceId, ingestId, rows) => {
      await replace(
        db,
        sourceId,
        rows.map((r) => ({ ...r, source_id: sourceId, ingest_id: ingestId })),
      );
      return true;
    },
    count: (rows) => rows.length,
    reaches: (rows) => newestMonthEnd(rows.map(month)),
  };
}

/** Country shares and group figures; `months`: the months they replace ("all": the whole series). */
interface ShareRecords {
  rows: readonly Fields<NewShare>[];
  aggregates: readonly Omit<AggregateInput, "sourceId">[];
  months: readonly string[] | "all";
}

const countryShares: RecordKind<ShareRecords> = {
  // Unchanged only if the stored rows of these months are exactly these rows.
  isStored: async (db, sourceId, ingestId, r) => {
    let q = db.selectFrom("country_shares").select("ingest_id").where("source_id", "=", sourceId);
    if (r.months !== "all") q = q.where("month", "in", [...r.months]);
    const stored = await q.execute();
    return stored.length === r.rows.length && stored.every((s) => s.ingest_id === ingestId);
  },
  store: async (db, sourceId, ingestId, r) => {
    if (r.months === "all") await replaceSourceMonths(db, sourceId, "all");
    // A file of some months replaces only its own country rows of them (group figures stay).
    else if (r.months.length > 0)
      await db
        .deleteFrom("country_shares")
        .where("source_id", "=", sourceId)
        .where("month", "in", [...r.months])
        .execute();
    await insertAggregates(
      db,
      ingestId,
      r.aggregates.map((a) => ({ ...a, sourceId })),
    );
    await upsertShares(
      db,
      r.rows.map((row) => ({ ...row, source_id: sourceId, ingest_id: ingestId })),
    );
    return true;
  },
  count: (r) => r.rows.length + r.aggregates.length,
  reaches: (r) => newestMonthEnd(r.rows.map((row) => row.month)),
};

/** Block-count windows, weekly pool shares and daily network hashrate (mempool.space's kind). */
interface PoolBlockRecords {
  windows: readonly PoolWindowInput[];
  weekly: Parameters<typeof upsertWeeklyShares>[3];
  daily: Parameters<typeof upsertNetworkHashrate>[3];
}

const poolBlocks: RecordKind<PoolBlockRecords> = {
  isStored: everIngested,
  store: async (db, sourceId, ingestId, r) => {
    for (const w of r.windows) await insertPoolWindow(db, sourceId, ingestId, w);
    await upsertWeeklyShares(db, sourceId, ingestId, r.weekly);
    await upsertNetworkHashrate(db, sourceId, ingestId, r.daily);
    return true;
  },
  count: (r) => r.windows.reduce((n, w) => n + w.rows.length, 0) + r.weekly.length + r.daily.length,
  reaches: (r) => newestOf(r.windows.map((w) => w.periodEnd)),
};

/** Blocks read from a node and attributed to pools, with the months they rebuild. */
interface BlockRecords {
  blocks: readonly AttributedBlock[];
  months: readonly string[];
}

/** Every kind of record a source can return, by name (a source declares the names it uses). */
export const RECORD_KINDS = {
  "country-shares": countryShares,
  "node-snapshot": {
    isStored: everIngested,
    // The same snapshot time already stored (e.g. re-serialised bytes) is kept as it is.
    store: (db, _source, ingestId, snapshot) => insertNodeSnapshot(db, snapshot, ingestId),
    count: (snapshot) => snapshot.total,
    reaches: (snapshot) => snapshot.takenAt,
  } satisfies RecordKind<NodeSnapshotInput>,
  "node-country-months": {
    isStored: everIngested,
    store: async (db, sourceId, ingestId, months) => {
      await replaceCountryMonths(db, sourceId, ingestId, months);
      return true;
    },
    count: (months) => months.length,
    reaches: (months) => {
      const last = months.at(-1)?.lastSample;
      return last ? new Date(last).toISOString() : null;
    },
  } satisfies RecordKind<readonly CountryMonthInput[]>,
  pools: {
    isStored: everIngested,
    store: async (db, sourceId, ingestId, pools) => {
      await upsertPools(db, sourceId, ingestId, pools);
      return true;
    },
    count: (pools) => pools.length,
    reaches: () => null,
  } satisfies RecordKind<readonly PoolInput[]>,
  "pool-blocks": poolBlocks,
  "attributed-blocks": {
    isStored: everIngested,
    store: async (db, sourceId, ingestId, r) => {
      await upsertAttributedBlocks(db, sourceId, ingestId, r.blocks);
      for (const m of r.months) await rebuildMonthWindow(db, sourceId, ingestId, m);
      return true;
    },
    count: (r) => r.blocks.length,
    reaches: () => null,
  } satisfies RecordKind<BlockRecords>,
  /** Daily network hashrate from a node (complete UTC days): the estimate's denominator. */
  "network-days": {
    isStored: everIngested,
    store: async (db, sourceId, ingestId, days) => {
      await upsertNetworkHashrate(db, sourceId, ingestId, days);
      return true;
    },
    count: (days) => days.length,
    reaches: (days) => {
      const last = days.at(-1)?.day;
      return last ? `${last}T23:59:59.999Z` : null;
    },
  } satisfies RecordKind<Parameters<typeof upsertNetworkHashrate>[3]>,
  "pool-servers": {
    isStored: storedNow("pool_servers"),
    store: async (db, sourceId, ingestId, servers) => {
      await replacePoolServers(db, sourceId, ingestId, servers);
      return true;
    },
    count: (servers) => servers.length,
    reaches: (servers) => newestOf(servers.map((s) => s.resolved_at)),
  } satisfies RecordKind<readonly PoolServerInput[]>,
  "site-facts": replacing<Fields<SiteFactsTable>>("site_facts", replaceSiteFacts, (r) => r.as_of),
  "regulator-figures": replacing<Fields<RegulatorFiguresTable>>(
    "regulator_figures",
    replaceRegulatorFigures,
    (r) => r.as_of,
  ),
  claims: replacing<Fields<ClaimsTable>>("claims", replaceClaims, (r) =>
    claimMonth({ periodEnd: r.period_end, periodStart: r.period_start, month: r.month }),
  ),
  "miner-figures": replacing<Fields<MinerFiguresTable>>(
    "miner_figures",
    replaceMinerFigures,
    (r) => r.month,
  ),
  // A month with too few days of values has none, and reaches no further than the last one.
  "network-months": replacing<Fields<NetworkHashrateMonthsTable>>(
    "network_hashrate_months",
    replaceNetworkMonths,
    (r) => (r.ehs === null ? null : r.month),
  ),
  "fleet-efficiency": replacing<Fields<FleetEfficiencyTable>>(
    "fleet_efficiency",
    replaceFleetEfficiency,
    (r) => r.month,
  ),
} as const;

export type RecordKindName = keyof typeof RECORD_KINDS;

/** The records of a kind, as its source returns them. */
export type RecordsOf<K extends RecordKindName> =
  (typeof RECORD_KINDS)[K] extends RecordKind<infer R> ? R : never;
