import type { Kysely } from "kysely";

/**
 * The install's own settings, shared by every process on the database: `offline` — set by
 * `npm start`, so an `atlas` command run by hand honours it too. And an index for the hourly
 * count of new snapshots (the cap on how many a client may create).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("snapshots_created_idx")
    .on("snapshots")
    .column("created_at")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("snapshots_created_idx").execute();
  await db.schema.dropTable("settings").execute();
}
