import { createHash } from "node:crypto";
import { canonicalJson } from "../share/canonical";
import { sourceFacts } from "../sources/catalog";
import { insertIngest } from "../store/ingests";
import { insertNodeSnapshot, snapshotId } from "../store/nodes";
import type { Db } from "../store/schema";
import { recordSourceSuccess, upsertSource } from "../store/sources";
import type { CrawlResult } from "./result";
import { type Geolocate, toNodeSnapshot } from "./snapshot";
import { CRAWLER_SOURCE, CRAWLER_SOURCE_ID } from "./source";

export interface StoredCrawl {
  ingestId: string;
  snapshotId: string;
  /** False when this crawl was already stored: nothing was written. */
  inserted: boolean;
}

/** SHA-256 of the crawl in a canonical form (nodes sorted), the ingest's content address. */
export function crawlSha256(result: CrawlResult): string {
  const nodes = [...result.nodes].sort((a, b) => (a.address < b.address ? -1 : 1));
  return createHash("sha256")
    .update(canonicalJson({ ...result, nodes }))
    .digest("hex");
}

/**
 * Stores a crawl as an ingest plus a node snapshot in ONE transaction: either both are written or
 * neither. Storing the same crawl again writes nothing (content-addressed ingest, snapshot keyed
 * by source and time).
 */
export async function storeCrawl(
  db: Db,
  result: CrawlResult,
  geolocate: Geolocate,
  now: Date = new Date(),
): Promise<StoredCrawl> {
  const snapshot = toNodeSnapshot(result, geolocate);
  return db.transaction().execute(async (trx) => {
    await upsertSource(trx, CRAWLER_SOURCE, sourceFacts(CRAWLER_SOURCE_ID));
    const ingestId = await insertIngest(trx, {
      sourceId: CRAWLER_SOURCE_ID,
      fetchedAt: result.finishedAt,
      upstreamUrl: `p2p:${result.network}`,
      contentSha256: crawlSha256(result),
      recordCount: snapshot.total,
    });
    const inserted = await insertNodeSnapshot(trx, snapshot, ingestId);
    if (inserted)
      await recordSourceSuccess(trx, CRAWLER_SOURCE_ID, now.toISOString(), snapshot.takenAt);
    return { ingestId, snapshotId: snapshotId(CRAWLER_SOURCE_ID, snapshot.takenAt), inserted };
  });
}
