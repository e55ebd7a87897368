import type { Db } from "../store/schema";
import { getSnapshot, saveSnapshot } from "../store/snapshots";
import { type FrozenView, freezeView, type SnapshotView, snapshotIdOf } from "./freeze";
import { frozenHeaderSchema } from "./snapshot-request";

/** Freezes the view's data and stores it under its content id; null when the view has no data. */
export async function createSnapshot(db: Db, view: SnapshotView, now = new Date()) {
  const frozen = await freezeView(db, view);
  if (!frozen) return null;
  const { id, data } = snapshotIdOf(frozen);
  return saveSnapshot(db, {
    id,
    view: JSON.stringify(frozen.view),
    data,
    createdAt: now.toISOString(),
  });
}

export interface LoadedSnapshot {
  id: string;
  createdAt: string;
  data: FrozenView;
}

/** A stored snapshot, checked before use; undefined when unknown. */
export async function loadSnapshot(db: Db, id: string): Promise<LoadedSnapshot | undefined> {
  const row = await getSnapshot(db, id);
  if (!row) return undefined;
  const json: unknown = JSON.parse(row.data);
  frozenHeaderSchema.parse(json);
  // The body was written by freezeView and is immutable; the header check above guards its version.
  return { id: row.id, createdAt: row.createdAt, data: json as FrozenView };
}
