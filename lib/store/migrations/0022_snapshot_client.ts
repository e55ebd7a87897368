import type { Kysely } from "kysely";

/**
 * Who created each snapshot (a hash of the client's address, never the address itself), so
 * snapshot storage can be capped per client as well as in total. Older rows have none.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("snapshots").addColumn("client", "text").execute();
  await db.schema
    .createIndex("snapshots_client_idx")
    .on("snapshots")
    .columns(["client", "created_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("snapshots_client_idx").execute();
  await db.schema.alterTable("snapshots").dropColumn("client").execute();
}
