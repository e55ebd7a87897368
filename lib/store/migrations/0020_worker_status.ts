import type { Kysely } from "kysely";

/**
 * The scheduled worker's state as /api/health reports it: written by `npm start`'s supervisor
 * (started, restarting after an exit, stopped) and by the worker itself (a heartbeat every tick,
 * the end of every pass). One row, id "worker": the instance's worker, or the one worker of a
 * PostgreSQL scale-out.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("worker_status")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("pid", "integer")
    .addColumn("restarts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("started_at", "text")
    .addColumn("last_pass_at", "text")
    .addColumn("heartbeat_at", "text")
    .addColumn("last_exit", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("worker_status").execute();
}
