import type { Kysely } from "kysely";

/**
 * Rate-limit counters in the database, so that several app instances on one PostgreSQL share
 * each limit instead of each allowing it once. One row per limit and client: the current fixed
 * window's start (ISO) and the points used in it. (SQLite instances count in memory; the table
 * exists there too, so the schema is the same.)
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("used", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("rate_limits_window_idx")
    .on("rate_limits")
    .column("window_start")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rate_limits").execute();
}
