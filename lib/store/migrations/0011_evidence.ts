import type { Kysely } from "kysely";

/**
 * Evidence that is not a hashrate share: known mining sites' dated facts, utilities' and
 * regulators' figures, and published country claims (with their confidence). One current version
 * per source: an import replaces a source's rows in one transaction (lib/store/evidence.ts).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("site_facts")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("line", "integer", (c) => c.notNull())
    .addColumn("site_id", "text", (c) => c.notNull())
    .addColumn("operator", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("locality", "text", (c) => c.notNull())
    .addColumn("lat", "double precision", (c) => c.notNull())
    .addColumn("lon", "double precision", (c) => c.notNull())
    .addColumn("precision", "text", (c) => c.notNull())
    .addColumn("capacity_mw", "double precision")
    .addColumn("hashrate_ehs", "double precision")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("as_of", "text")
    .addColumn("first_energized", "text")
    .addColumn("ended", "text")
    .addColumn("source_kind", "text", (c) => c.notNull())
    .addColumn("source_url", "text", (c) => c.notNull())
    .addColumn("source_date", "text")
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("site_facts_pk", ["source_id", "line"])
    .execute();
  await db.schema
    .createIndex("site_facts_country_idx")
    .on("site_facts")
    .column("country")
    .execute();

  await db.schema
    .createTable("regulator_figures")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("line", "integer", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("authority", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("metric", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("number", "double precision")
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("basis", "text", (c) => c.notNull())
    .addColumn("source_url", "text", (c) => c.notNull())
    .addColumn("source_date", "text")
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("as_of", "text")
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("regulator_figures_pk", ["source_id", "line"])
    .execute();
  await db.schema
    .createIndex("regulator_figures_country_idx")
    .on("regulator_figures")
    .column("country")
    .execute();

  await db.schema
    .createTable("claims")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("line", "integer", (c) => c.notNull())
    .addColumn("publisher", "text", (c) => c.notNull())
    .addColumn("product", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("period_note", "text", (c) => c.notNull())
    .addColumn("month", "text")
    .addColumn("geo_level", "text", (c) => c.notNull())
    .addColumn("geo_name", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("share", "double precision")
    .addColumn("share_basis", "text", (c) => c.notNull())
    .addColumn("hashrate_ehs", "double precision")
    .addColumn("urls", "text", (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull())
    .addColumn("confidence", "text", (c) => c.notNull())
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("claims_pk", ["source_id", "line"])
    .execute();
  await db.schema.createIndex("claims_country_idx").on("claims").column("country").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["claims", "regulator_figures", "site_facts"])
    await db.schema.dropTable(table).execute();
}
