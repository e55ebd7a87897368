import type { Db } from "./schema";

interface IngestRecord {
  sourceId: string;
  fetchedAt: string;
  upstreamUrl: string;
  contentSha256: string;
  recordCount: number;
}

/** The same payload from the same source always gets the same id — that is what makes re-ingest a no-op. */
export function ingestId(sourceId: string, contentSha256: string): string {
  return `${sourceId}:${contentSha256.slice(0, 16)}`;
}

export async function hasIngest(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom("ingests").select("id").where("id", "=", id).executeTakeFirst();
  return row !== undefined;
}

/**
 * The ingest a replace-style source's stored rows in `table` come from now (all its rows share
 * one), or null when it has none. "Unchanged" means equal to this — not "ever ingested", since
 * content can change and then change back (A → B → A) and must then be written again.
 */
export async function currentIngestId(
  db: Db,
  table:
    | "pool_servers"
    | "country_shares"
    | "site_facts"
    | "regulator_figures"
    | "claims"
    | "network_hashrate_months"
    | "fleet_efficiency"
    | "miner_figures",
  sourceId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom(table)
    .select("ingest_id")
    .where("source_id", "=", sourceId)
    .limit(1)
    .executeTakeFirst();
  return row?.ingest_id ?? null;
}

export async function insertIngest(db: Db, record: IngestRecord): Promise<string> {
  const id = ingestId(record.sourceId, record.contentSha256);
  await db
    .insertInto("ingests")
    .values({
      id,
      source_id: record.sourceId,
      fetched_at: record.fetchedAt,
      upstream_url: record.upstreamUrl,
      content_sha256: record.contentSha256,
      record_count: record.recordCount,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return id;
}

/**
 * What the stored data is at, as one string: it changes whenever an ingest or import writes
 * (a new ingest row, or a source's success or error time — an A → B → A re-import adds no ingest
 * row but records a success). Views computed from the data are cached under it
 * (lib/queries/view-cache.ts). Two aggregates over small tables.
 */
export async function getDataVersion(db: Db): Promise<string> {
  const [ingests, sources] = await Promise.all([
    db
      .selectFrom("ingests")
      .select((eb) => [eb.fn.countAll<string | number>().as("n"), eb.fn.max("fetched_at").as("at")])
      .executeTakeFirst(),
    db
      .selectFrom("sources")
      .select((eb) => [
        eb.fn.countAll<string | number>().as("n"),
        eb.fn.max("last_success_at").as("ok"),
        eb.fn.max("last_error_at").as("err"),
      ])
      .executeTakeFirst(),
  ]);
  return [ingests?.n, ingests?.at, sources?.n, sources?.ok, sources?.err].map(String).join("|");
}
