import { SourceError } from "../../http/errors";
import type { FetchResult } from "../../http/fetch";
import { underBase } from "../../http/redact";
import { type IngestContext, sourceUrl } from "../../ingest/context";
import { fetchForSource, parseJsonBody } from "../../ingest/fetch-source";
import { SOURCE_ID } from "./parse";
import { type BitnodesListing, bitnodesListingSchema } from "./schema";

/** HTTP only: Bitnodes API paths under the configured base URL (ATLAS_BITNODES_URL). */

function snapshotUrl(base: string, timestamp: number | "latest"): string {
  return underBase(base, `/api/v1/snapshots/${timestamp}/`);
}

export function listingUrl(base: string): string {
  return underBase(base, "/api/v1/snapshots/");
}

/** One snapshot (latest by default); counts against the daily request budget. */
export function fetchSnapshot(
  ctx: IngestContext,
  timestamp: number | "latest" = "latest",
): Promise<FetchResult> {
  return fetchForSource(
    ctx,
    SOURCE_ID,
    snapshotUrl(sourceUrl(ctx, SOURCE_ID), timestamp),
    ctx.bitnodesDailyBudget,
  );
}

/** The newest page of the snapshot listing (to pick a past snapshot by time). */
export async function fetchListing(ctx: IngestContext): Promise<BitnodesListing | null> {
  const result = await fetchForSource(
    ctx,
    SOURCE_ID,
    listingUrl(sourceUrl(ctx, SOURCE_ID)),
    ctx.bitnodesDailyBudget,
  );
  if (result.notModified) return null;
  const parsed = bitnodesListingSchema.safeParse(parseJsonBody(SOURCE_ID, result.body));
  if (!parsed.success)
    throw new SourceError(SOURCE_ID, "parse", `listing: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
