import { getStore } from "../../bootstrap/instance";
import { currentMonth } from "../../core/month";
import { env } from "../../env";
import { snapshotRequestSchema } from "../../share/snapshot-request";
import { createSnapshot, SnapshotQuotaError } from "../../share/snapshots";
import { parseViewState } from "../../url-state/parse";
import { serializeViewState } from "../../url-state/serialize";
import { DEFAULT_STATE, type ViewState } from "../../url-state/view-state";
import { readJsonBody } from "../body";
import { addressBucket, clientAddress, clientKey } from "../client";
import { ApiError, handled } from "../errors";
import { SNAPSHOT_COST, SNAPSHOT_LIMIT } from "../limits";
import { counterFor, reserve } from "../rate-limit";

/**
 * POST /api/v1/snapshots. Each snapshot stores a copy of the data. Per client: a created
 * snapshot costs three points of the minute's budget, a refused, invalid or repeated request
 * one; storage is capped per client and in total (ATLAS_SNAPSHOTS_PER_CLIENT_DAY,
 * ATLAS_SNAPSHOTS_MAX).
 */
export const POST = handled(async (request) => {
  const store = await getStore();
  const client = clientKey(request);
  const reservation = await reserve(
    counterFor(store),
    SNAPSHOT_LIMIT,
    client,
    SNAPSHOT_COST.created,
  );
  let cost: number = SNAPSHOT_COST.other;
  try {
    const view = await readJsonBody(request, snapshotRequestSchema, 4096);
    // The rest of the view goes through the page's own parser: a snapshot of an impossible view is refused.
    // Months are range-checked against data by createSnapshot (404), not here.
    const anyMonth = { first: "2009-01", last: currentMonth() };
    const { state, notices } = parseViewState(view, anyMonth);
    if (notices[0]) throw new ApiError(400, "invalid_body", notices[0]);
    // The map position is not part of the snapshot: the same data at zoom 2, 2.25, 2.5 … is one
    // snapshot, so panning cannot fill the snapshot cap. It travels in the returned URL instead.
    const query = serializeViewState({ ...state, month: view.m ?? null, view: null });
    const position = positionQuery(state.view);
    const e = env();
    const result = await createSnapshot(
      store.db,
      {
        m: view.m,
        gs: view.gs,
        query,
        assumptions: state.assumptions,
        preferEstimate: state.preferEstimate,
      },
      new Date(),
      {
        // IPv6 by /48 for storage: a site's whole allocation is one client for the day's quota.
        client: quotaClient(request),
        perClientPerDay: e.ATLAS_SNAPSHOTS_PER_CLIENT_DAY,
        total: e.ATLAS_SNAPSHOTS_MAX,
        perHour: e.ATLAS_SNAPSHOTS_PER_HOUR,
      },
    ).catch(quotaError);
    if (!result)
      throw new ApiError(404, "not_found", `No data for ${view.m ?? "the latest month"}.`);
    if (result.created) cost = SNAPSHOT_COST.created;
    const { id } = result.snapshot;
    const url = `/s/${id}${position}`;
    return Response.json(
      { id, url },
      { status: result.created ? 201 : 200, headers: { Location: url } },
    );
  } finally {
    await reservation.settle(cost);
  }
});

/** The map position alone, as a query ("" or "?lat=…&lon=…&z=…"). */
function positionQuery(view: ViewState["view"]): string {
  return view ? serializeViewState({ ...DEFAULT_STATE, view }) : "";
}

/** Who a snapshot's storage is counted against: the client's address, IPv6 by /48. */
function quotaClient(request: Request): string {
  const address = clientAddress(request);
  return address ? addressBucket(address, 48) : "unknown";
}

function quotaError(error: unknown): never {
  if (!(error instanceof SnapshotQuotaError)) throw error;
  if (error.scope === "total") throw new ApiError(507, "storage_full", error.message);
  throw new ApiError(
    429,
    error.scope === "rate" ? "snapshot_rate" : "snapshot_quota",
    error.message,
    {
      "Retry-After": error.scope === "rate" ? "600" : "3600",
    },
  );
}
