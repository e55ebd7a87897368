import type { Kysely } from "kysely";

/**
 * Where pools run their stratum servers, as resolved and geolocated at ingest. Kept apart from
 * `pools` (the registry) because one pool has many hosts and each host's location has its own
 * provenance (how it was located, from which source row).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("pool_servers")
    .addColumn("pool_slug", "text", (c) => c.notNull())
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("port", "integer")
    /** Region the pool claims for the host (e.g. from its hostname label), or null. */
    .addColumn("claimed_region", "text")
    .addColumn("ip", "text")
    .addColumn("lat", "double precision")
    .addColumn("lon", "double precision")
    .addColumn("country", "text")
    /** "dns+geoip", "declared", or "unresolved" when DNS gave no address. */
    .addColumn("located_by", "text", (c) => c.notNull())
    .addColumn("source_url", "text")
    .addColumn("resolved_at", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("pool_servers_pk", ["pool_slug", "host"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("pool_servers").ifExists().execute();
}
