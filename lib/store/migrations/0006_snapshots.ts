import type { Kysely } from "kysely";

/**
 * Frozen, content-addressed snapshots of the data behind a view. Rows are only ever inserted:
 * a snapshot never changes after it is created, whatever is ingested later.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("snapshots")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** The view state, keyed like the URL's query parameters. */
    .addColumn("view", "text", (c) => c.notNull())
    /** Canonical JSON of the frozen data; the id is its hash. */
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("snapshots").ifExists().execute();
}
