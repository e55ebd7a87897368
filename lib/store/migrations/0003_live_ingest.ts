import type { Kysely } from "kysely";

/**
 * Live ingest bookkeeping:
 * - `source_requests`: every outbound request per source, so a daily request budget (Bitnodes
 *   allows ~50/day anonymously) holds across processes and restarts.
 * - `source_validators`: the ETag / Last-Modified of each URL's last good answer, for
 *   conditional requests.
 * - `node_located_by`: per snapshot, how many nodes were located by which means (upstream
 *   coordinates, local GeoIP), so every located count keeps its provenance.
 * - `pool_hashrate_shares`: mempool.space's weekly pool hashrate-share history. Kept apart from
 *   `pool_shares` (block counts in a window) because it has no block counts, only shares.
 * - `network_hashrate`: network hashrate per day (to express modeled shares in EH/s).
 * - `ingest_lock`: a lease row so only one ingest runs at a time across processes (the background
 *   ingest at start and an operator's `atlas ingest`), on SQLite and PostgreSQL alike; a crashed
 *   holder's lease simply expires.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("source_requests")
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("source_requests_idx")
    .on("source_requests")
    .columns(["source_id", "requested_at"])
    .execute();

  await db.schema
    .createTable("source_validators")
    .addColumn("url", "text", (c) => c.primaryKey())
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .execute();

  await db.schema
    .createTable("node_located_by")
    .addColumn("snapshot_id", "text", (c) =>
      c.notNull().references("node_snapshots.id").onDelete("cascade"),
    )
    .addColumn("located_by", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("node_located_by_pk", ["snapshot_id", "located_by"])
    .execute();

  await db.schema
    .createTable("pool_hashrate_shares")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("pool_slug", "text", (c) => c.notNull())
    /** Start of the week the share describes (ISO 8601 UTC). */
    .addColumn("week_start", "text", (c) => c.notNull())
    .addColumn("share", "double precision", (c) => c.notNull())
    .addColumn("avg_hashrate_ehs", "double precision")
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("pool_hashrate_shares_pk", ["source_id", "pool_slug", "week_start"])
    .execute();

  await db.schema
    .createTable("network_hashrate")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("avg_hashrate_ehs", "double precision", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("network_hashrate_pk", ["source_id", "day"])
    .execute();

  await db.schema
    .createTable("ingest_lock")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "ingest_lock",
    "network_hashrate",
    "pool_hashrate_shares",
    "node_located_by",
    "source_validators",
    "source_requests",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
