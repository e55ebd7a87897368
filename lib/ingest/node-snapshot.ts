import { hasIngest, ingestId, insertIngest } from "../store/ingests";
import { insertNodeSnapshot, type NodeSnapshotInput, snapshotId } from "../store/nodes";
import { saveValidators, type Validators } from "../store/requests";
import type { Db } from "../store/schema";
import { ensureSource, recordSourceSuccess, type SourceRecord } from "../store/sources";

/** One node snapshot as a node source read it, ready to store. */
export interface NodeSnapshotPayload {
  snapshot: NodeSnapshotInput;
  /** Content address of what was read (its bytes, or a canonical form of them). */
  sha256: string;
  /** Where it was read (credentials masked): a URL, `file:…`, `rpc:host`, `p2p:network`. */
  upstreamUrl: string;
  /** When it was read. */
  fetchedAt: string;
  /** An HTTP answer's validators, remembered for the next conditional request. */
  validators?: Validators | null;
}

export interface StoredNodeSnapshot {
  /** False when the same content was stored before: nothing was written but the success. */
  changed: boolean;
  ingestId: string;
  snapshotId: string;
}

/**
 * Stores a snapshot from any node source (Bitnodes, our crawler, the operator's node) in ONE
 * transaction: the ingest record and the snapshot are written together or not at all. The same
 * content again (same hash), or a snapshot already stored for the same time, writes nothing new;
 * either way the source's success is recorded at `now`, its data reaching the snapshot's time.
 */
export function storeNodeSnapshot(
  db: Db,
  source: SourceRecord,
  payload: NodeSnapshotPayload,
  now: string,
): Promise<StoredNodeSnapshot> {
  const { snapshot } = payload;
  if (snapshot.sourceId !== source.id)
    throw new Error(`a ${snapshot.sourceId} snapshot cannot be stored as source ${source.id}`);
  const id = ingestId(source.id, payload.sha256);
  return db.transaction().execute(async (trx) => {
    await ensureSource(trx, source);
    let changed = false;
    if (!(await hasIngest(trx, id))) {
      await insertIngest(trx, {
        sourceId: source.id,
        fetchedAt: payload.fetchedAt,
        upstreamUrl: payload.upstreamUrl,
        contentSha256: payload.sha256,
        recordCount: snapshot.total,
      });
      // Same snapshot time already stored (e.g. re-serialised bytes): kept as it is.
      changed = await insertNodeSnapshot(trx, snapshot, id);
    }
    await recordSourceSuccess(trx, source.id, now, snapshot.takenAt);
    if (payload.validators)
      await saveValidators(trx, source.id, payload.upstreamUrl, payload.validators);
    return { changed, ingestId: id, snapshotId: snapshotId(source.id, snapshot.takenAt) };
  });
}
