import type { Kysely } from "kysely";

/**
 * The pool-server model ("model-pools", method `modeled`) is no longer a hashrate share: where
 * pools run stratum servers is infrastructure, not where miners are, and at low coverage it
 * coloured countries with server geography. Its rows, the alerts raised from them, its ingests
 * and its source row go. They were derived data: nothing upstream is lost, and `down` has
 * nothing to restore (the older code recomputed them after every ingest).
 */
const MODEL_SOURCE = "model-pools";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom("country_shares").where("method", "=", "modeled").execute();
  await db.deleteFrom("country_shares").where("source_id", "=", MODEL_SOURCE).execute();
  await db.deleteFrom("alerts").where("evidence", "like", `%"source":"${MODEL_SOURCE}"%`).execute();
  await db.deleteFrom("ingests").where("source_id", "=", MODEL_SOURCE).execute();
  await db.deleteFrom("sources").where("id", "=", MODEL_SOURCE).execute();
}

export async function down(): Promise<void> {}
