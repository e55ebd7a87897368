import type { FetchResult } from "../../http/fetch";
import { type IngestContext, sourceUrl } from "../../ingest/context";
import { fetchForSource } from "../../ingest/fetch-source";
import { SOURCE_ID } from "./parse";

/** HTTP only: the registry file at ATLAS_POOL_REGISTRY_URL (conditional on its ETag). */
export function fetchPoolList(ctx: IngestContext): Promise<FetchResult> {
  return fetchForSource(ctx, SOURCE_ID, sourceUrl(ctx, SOURCE_ID));
}
