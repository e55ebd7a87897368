import { createHash } from "node:crypto";
import { sourceFacts } from "../sources/catalog";
import { currentIngestId, ingestId, insertIngest } from "../store/ingests";
import { getMonthlyNetworkHashrate, getMonthlyPoolEvidence } from "../store/pool-history";
import type { Db, NewShare } from "../store/schema";
import { upsertShares } from "../store/shares";
import { recordSourceSuccess, type SourceDescription, upsertSource } from "../store/sources";
import { buildProfiles, modelMonth, type ServerLocation } from "./model";
import { monthEndExclusive } from "./month";

export const MODEL_SOURCE: SourceDescription = {
  id: "model-pools",
  name: "Pool-attribution model (Hashrate Atlas)",
  publisher: "Hashrate Atlas, from mempool.space pool shares and curated pool server locations",
  url: "https://mempool.space/mining",
  licence: "Derived figures; inputs under their own terms (mempool.space, pool registry MIT)",
  attribution: "Modeled by Hashrate Atlas: Σ pool share × pool server-location profile",
  notes: [
    "Server locations are where pools run stratum endpoints, not where miners are; miners connect to the nearest or cheapest endpoint, often via proxies.",
    "Coverage is the share of blocks held by pools with at least one located host, weighted by the located fraction of their hosts.",
  ],
};

const BASIS =
  "modeled: Σ over pools of share of blocks × share of the pool's stratum hosts located in the country (servers, not miners)";
const UNATTRIBUTED = "Unattributed (pools or hosts without a location)";

async function loadServers(db: Db): Promise<ServerLocation[]> {
  const rows = await db
    .selectFrom("pool_servers")
    .select(["pool_slug", "host", "country", "located_by"])
    .orderBy("pool_slug")
    .orderBy("host")
    .execute();
  return rows.map((r) => ({
    pool: r.pool_slug,
    host: r.host,
    country: r.country,
    locatedBy: r.located_by,
  }));
}

/** Every month with pool data → modeled share rows (without the ingest id). */
export async function computeModelRows(db: Db): Promise<Omit<NewShare, "ingest_id">[]> {
  const profiles = buildProfiles(await loadServers(db));
  const [evidence, hashrate] = await Promise.all([
    getMonthlyPoolEvidence(db),
    getMonthlyNetworkHashrate(db),
  ]);
  const rows: Omit<NewShare, "ingest_id">[] = [];
  for (const { month, shares } of evidence) {
    const modeled = modelMonth(shares, profiles);
    const how = modeled.profiled.map((p) => `${p.pool} (${p.method})`).join(", ") || "none";
    const ehs = hashrate.get(month);
    for (const r of modeled.rows) {
      rows.push({
        source_id: MODEL_SOURCE.id,
        month,
        label: r.country ?? UNATTRIBUTED,
        country: r.country,
        share: r.share,
        hashrate_ehs: ehs === undefined ? null : Math.round(r.share * ehs * 1000) / 1000,
        method: "modeled",
        basis: BASIS,
        caveat: r.country === null ? "not located: no pool profile" : `pool profiles used: ${how}`,
      });
    }
  }
  return rows;
}

/**
 * Recomputes the modeled months and replaces the previous model output in one go (inside the
 * caller's transaction). Output equal to what is stored now (same content hash as the stored
 * rows' ingest) writes nothing; anything else, even output seen before, replaces the rows.
 */
export async function updateModel(db: Db, at: string): Promise<{ changed: boolean; rows: number }> {
  const rows = await computeModelRows(db);
  if (rows.length === 0) return { changed: false, rows: 0 };
  const sha = createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  await upsertSource(db, MODEL_SOURCE, sourceFacts(MODEL_SOURCE.id));
  const stored = await currentIngestId(db, "country_shares", MODEL_SOURCE.id);
  if (stored === ingestId(MODEL_SOURCE.id, sha)) return { changed: false, rows: 0 };
  const id = await insertIngest(db, {
    sourceId: MODEL_SOURCE.id,
    fetchedAt: at,
    upstreamUrl: "model:lib/analytics/model.ts",
    contentSha256: sha,
    recordCount: rows.length,
  });
  await db.deleteFrom("country_shares").where("source_id", "=", MODEL_SOURCE.id).execute();
  await upsertShares(
    db,
    rows.map((r) => ({ ...r, ingest_id: id })),
  );
  const last = rows.at(-1)?.month;
  await recordSourceSuccess(db, MODEL_SOURCE.id, at, last ? monthEndExclusive(last) : null);
  return { changed: true, rows: rows.length };
}
