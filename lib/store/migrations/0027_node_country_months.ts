import type { Kysely } from "kysely";

/**
 * Node counts per country and month from a monitor that gives no locations (KIT DSN): kept apart
 * from node snapshots, whose counts are of located nodes and are drawn as points. One row per
 * source, month and country: the month's median, minimum and maximum of the monitor's samples.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("node_country_months")
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("median", "double precision", (c) => c.notNull())
    .addColumn("min", "integer", (c) => c.notNull())
    .addColumn("max", "integer", (c) => c.notNull())
    .addColumn("samples", "integer", (c) => c.notNull())
    .addColumn("first_sample", "text", (c) => c.notNull())
    .addColumn("last_sample", "text", (c) => c.notNull())
    /** Why the month is only partly covered, or null. */
    .addColumn("partial", "text")
    .addColumn("ingest_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("node_country_months_pk", ["source_id", "month", "country"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("node_country_months").execute();
}
