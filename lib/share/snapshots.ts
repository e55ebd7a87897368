import { createHash } from "node:crypto";
import type { Db } from "../store/schema";
import { countSnapshots, getSnapshot, saveSnapshot } from "../store/snapshots";
import { type FrozenView, freezeView, type SnapshotView, snapshotIdOf } from "./freeze";
import { frozenHeaderSchema } from "./snapshot-request";

/** How much snapshot storage one client, and everyone together, may fill. */
interface SnapshotQuota {
  /** Who asks (lib/api/client.ts); stored only as a hash. */
  client: string;
  /** New snapshots one client may create per rolling 24 h. */
  perClientPerDay: number;
  /** Snapshots the database may hold in total. */
  total: number;
  /** New snapshots everyone together may create per hour: filling `total` takes days, not hours. */
  perHour?: number;
}

/** A new snapshot would go over a cap; existing snapshots are never affected. */
export class SnapshotQuotaError extends Error {
  override name = "SnapshotQuotaError";
  constructor(
    readonly scope: "client" | "total" | "rate",
    readonly cap: number,
  ) {
    super(
      scope === "client"
        ? `You have created ${cap} snapshots in the last 24 hours, the most one client may; existing snapshots still work.`
        : scope === "rate"
          ? `This server has created ${cap} snapshots in the last hour, the most it takes; try again later. Existing snapshots still work.`
          : `This server holds its maximum of ${cap} snapshots; existing snapshots still work. The operator can raise ATLAS_SNAPSHOTS_MAX.`,
    );
  }
}

/** The client as stored: a hash, enough to count per client without keeping addresses. */
function clientHash(client: string): string {
  return createHash("sha256")
    .update(`hashrate-atlas snapshots\0${client}`)
    .digest("base64url")
    .slice(0, 16);
}

/**
 * Freezes the view's data and stores it under its content id; null when the view has no data.
 * The same data again returns the stored snapshot (never counted against a quota); a new one
 * is refused with SnapshotQuotaError when it would go over `quota`.
 */
export async function createSnapshot(
  db: Db,
  view: SnapshotView,
  now = new Date(),
  quota: SnapshotQuota | null = null,
) {
  const frozen = await freezeView(db, view);
  if (!frozen) return null;
  const { id, data } = snapshotIdOf(frozen);
  const existing = await getSnapshot(db, id);
  if (existing) return { snapshot: existing, created: false };
  const client = quota ? clientHash(quota.client) : null;
  if (quota && client) {
    const since = new Date(now.getTime() - 86_400_000).toISOString();
    if ((await countSnapshots(db, { client, since })) >= quota.perClientPerDay)
      throw new SnapshotQuotaError("client", quota.perClientPerDay);
    if ((await countSnapshots(db, {})) >= quota.total)
      throw new SnapshotQuotaError("total", quota.total);
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
    if (quota.perHour && (await countSnapshots(db, { since: hourAgo })) >= quota.perHour)
      throw new SnapshotQuotaError("rate", quota.perHour);
  }
  return saveSnapshot(db, {
    id,
    view: JSON.stringify(frozen.view),
    data,
    createdAt: now.toISOString(),
    client,
  });
}

interface LoadedSnapshot {
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
