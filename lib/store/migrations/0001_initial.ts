import type { Kysely } from "kysely";

/**
 * The first schema. Types are chosen to mean the same on SQLite and PostgreSQL: text timestamps,
 * `double precision` for fractions, `integer` for counts, composite natural keys instead of
 * autoincrement ids (so re-ingesting the same data is an upsert, not a duplicate).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sources")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("publisher", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("licence", "text", (c) => c.notNull())
    .addColumn("licence_url", "text")
    .addColumn("attribution", "text", (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("stale_after_hours", "integer")
    .addColumn("last_success_at", "text")
    .addColumn("last_error_at", "text")
    .addColumn("last_error", "text")
    .addColumn("data_as_of", "text")
    .execute();

  await db.schema
    .createTable("ingests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("fetched_at", "text", (c) => c.notNull())
    .addColumn("upstream_url", "text", (c) => c.notNull())
    .addColumn("content_sha256", "text", (c) => c.notNull())
    .addColumn("record_count", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("country_shares")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("share", "double precision", (c) => c.notNull())
    .addColumn("hashrate_ehs", "double precision")
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("basis", "text", (c) => c.notNull())
    .addColumn("caveat", "text")
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("country_shares_pk", ["source_id", "month", "label"])
    .execute();
  await db.schema
    .createIndex("country_shares_month_idx")
    .on("country_shares")
    .columns(["month", "method"])
    .execute();

  await db.schema
    .createTable("node_snapshots")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("taken_at", "text", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("latest_height", "integer")
    .addColumn("unlocated", "integer", (c) => c.notNull())
    .addColumn("location_precision", "integer", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addUniqueConstraint("node_snapshots_source_time", ["source_id", "taken_at"])
    .execute();
  await db.schema
    .createIndex("node_snapshots_taken_at_idx")
    .on("node_snapshots")
    .column("taken_at")
    .execute();

  await db.schema
    .createTable("node_unlocated")
    .addColumn("snapshot_id", "text", (c) =>
      c.notNull().references("node_snapshots.id").onDelete("cascade"),
    )
    .addColumn("network", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("node_unlocated_pk", ["snapshot_id", "network"])
    .execute();

  await db.schema
    .createTable("node_country_counts")
    .addColumn("snapshot_id", "text", (c) =>
      c.notNull().references("node_snapshots.id").onDelete("cascade"),
    )
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("node_country_counts_pk", ["snapshot_id", "country"])
    .execute();

  await db.schema
    .createTable("node_locations")
    .addColumn("snapshot_id", "text", (c) =>
      c.notNull().references("node_snapshots.id").onDelete("cascade"),
    )
    .addColumn("lat", "double precision", (c) => c.notNull())
    .addColumn("lon", "double precision", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("node_locations_pk", ["snapshot_id", "lat", "lon", "country"])
    .execute();

  await db.schema
    .createTable("pools")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("link", "text")
    .addColumn("tags", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("address_count", "integer", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .execute();

  await db.schema
    .createTable("pool_shares")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("pool_slug", "text", (c) => c.notNull())
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("period_end", "text", (c) => c.notNull())
    .addColumn("blocks", "integer", (c) => c.notNull())
    .addColumn("share", "double precision", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("pool_shares_pk", [
      "source_id",
      "pool_slug",
      "period_start",
      "period_end",
    ])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "pool_shares",
    "pools",
    "node_locations",
    "node_country_counts",
    "node_unlocated",
    "node_snapshots",
    "country_shares",
    "ingests",
    "sources",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
