import { parseViewState, serializeViewState } from "@/app/search-params";
import { readJsonBody } from "@/lib/api/body";
import { ApiError, handled } from "@/lib/api/errors";
import { clientKey, RateLimiter } from "@/lib/api/rate-limit";
import { snapshotRequestSchema } from "@/lib/share/snapshot-request";
import { createSnapshot } from "@/lib/share/snapshots";
import { getStore } from "@/lib/store/instance";

export const dynamic = "force-dynamic";

/** Each snapshot stores a copy of the data: at most 20 a minute per client. */
const limiter = new RateLimiter(20, 60_000);

export const POST = handled(async (request) => {
  const wait = limiter.take(clientKey(request));
  if (wait > 0) throw new ApiError(429, "rate_limited", `Too many snapshots; retry in ${wait} s.`);
  const view = await readJsonBody(request, snapshotRequestSchema, 4096);
  // The rest of the view goes through the page's own parser: a snapshot of an impossible view is refused.
  // Months are range-checked against data by createSnapshot (404), not here.
  const anyMonth = { first: "2009-01", last: new Date().toISOString().slice(0, 7) };
  const { state, notices } = parseViewState(view, anyMonth);
  if (notices[0]) throw new ApiError(400, "invalid_body", notices[0]);
  const query = serializeViewState({ ...state, month: view.m ?? null });
  const result = await createSnapshot((await getStore()).db, { m: view.m, gs: view.gs, query });
  if (!result) throw new ApiError(404, "not_found", `No data for ${view.m ?? "the latest month"}.`);
  const { id } = result.snapshot;
  return Response.json(
    { id, url: `/s/${id}` },
    { status: result.created ? 201 : 200, headers: { Location: `/s/${id}` } },
  );
});
