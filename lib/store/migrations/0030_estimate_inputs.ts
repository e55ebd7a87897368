import type { Kysely } from "kysely";

/**
 * What the evidence model (lib/analytics/estimate) reads besides the evidence already stored: a
 * month's network hashrate with its day count (bundled Coin Metrics series), CBECI's monthly fleet
 * efficiency band, and listed miners' disclosed EH/s and MW. One current version per source,
 * replaced whole by an import.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("network_hashrate_months")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("ehs", "double precision")
    .addColumn("days", "integer", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("network_hashrate_months_pk", ["source_id", "month"])
    .execute();
  await db.schema
    .createTable("fleet_efficiency")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("low", "double precision", (c) => c.notNull())
    .addColumn("central", "double precision", (c) => c.notNull())
    .addColumn("high", "double precision", (c) => c.notNull())
    .addColumn("days", "integer", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("fleet_efficiency_pk", ["source_id", "month"])
    .execute();
  await db.schema
    .createTable("miner_figures")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("line", "integer", (c) => c.notNull())
    .addColumn("company", "text", (c) => c.notNull())
    .addColumn("ticker", "text", (c) => c.notNull())
    .addColumn("as_of", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("site", "text", (c) => c.notNull())
    .addColumn("metric", "text", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("basis", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("source_name", "text", (c) => c.notNull())
    .addColumn("source_url", "text", (c) => c.notNull())
    .addColumn("quote", "text", (c) => c.notNull())
    .addColumn("confidence", "text", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("miner_figures_pk", ["source_id", "line"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["miner_figures", "fleet_efficiency", "network_hashrate_months"])
    await db.schema.dropTable(table).execute();
}
