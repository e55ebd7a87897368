import { type Kysely, sql } from "kysely";

/**
 * The 2026-12-06 evidence release: a source's figures for groups of countries (share_aggregates); what a site fact's MW measures and how far its source can be
 * trusted; the period a regulator's figure or a published claim describes, and how a figure may
 * enter a load estimate. Rows stored before this carry none of it, so they get the most cautious
 * values (MW of unknown basis, low confidence, context only) until their file is imported again:
 * nothing stored earlier is counted in a total on a guess.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("site_facts").addColumn("mw_basis", "text").execute();
  await db.schema
    .alterTable("site_facts")
    .addColumn("confidence", "text", (c) => c.notNull().defaultTo("low"))
    .execute();
  await sql`update site_facts set mw_basis = 'unknown' where capacity_mw is not null`.execute(db);

  await db.schema.alterTable("regulator_figures").addColumn("period_start", "text").execute();
  await db.schema.alterTable("regulator_figures").addColumn("period_end", "text").execute();
  await db.schema
    .alterTable("regulator_figures")
    .addColumn("estimation_role", "text", (c) => c.notNull().defaultTo("context"))
    .execute();

  await db.schema.alterTable("claims").addColumn("period_start", "text").execute();
  await db.schema.alterTable("claims").addColumn("period_end", "text").execute();

  await db.schema
    .createTable("share_aggregates")
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("members", "text", (c) => c.notNull())
    .addColumn("share", "double precision", (c) => c.notNull())
    .addColumn("caveat", "text")
    .addColumn("ingest_id", "text", (c) => c.notNull().references("ingests.id"))
    .addPrimaryKeyConstraint("share_aggregates_pk", ["source_id", "month", "label"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("share_aggregates").execute();
  for (const column of ["period_end", "period_start"])
    await db.schema.alterTable("claims").dropColumn(column).execute();
  for (const column of ["estimation_role", "period_end", "period_start"])
    await db.schema.alterTable("regulator_figures").dropColumn(column).execute();
  for (const column of ["confidence", "mw_basis"])
    await db.schema.alterTable("site_facts").dropColumn(column).execute();
}
