import type { Kysely } from "kysely";

/**
 * Block attribution by the operator's own node: each block it read, with the pool the registry's
 * rules give it (lib/analytics/block-attribution.ts), so a month's counts can be rebuilt and a
 * reorganised tip re-attributed. The registry's payout addresses are kept beside its tags: a
 * block is attributed by address first, then by coinbase tag, as mempool.space does.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("pools")
    .addColumn("addresses", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .createTable("attributed_blocks")
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    /** The block header's time, ISO 8601 UTC (months use header time, as the bundled history). */
    .addColumn("time", "text", (c) => c.notNull())
    .addColumn("pool_slug", "text", (c) => c.notNull())
    /** "address", "tag" or "none" (then pool_slug is "unknown"). */
    .addColumn("matched_by", "text", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("attributed_blocks_pk", ["source_id", "height"])
    .execute();
  await db.schema
    .createIndex("attributed_blocks_time_idx")
    .on("attributed_blocks")
    .columns(["source_id", "time"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("attributed_blocks").execute();
  await db.schema.alterTable("pools").dropColumn("addresses").execute();
}
