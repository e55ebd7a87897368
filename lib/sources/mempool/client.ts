import type { FetchResult } from "../../http/fetch";
import { underBase } from "../../http/redact";
import { type IngestContext, sourceUrl } from "../../ingest/context";
import { fetchForSource } from "../../ingest/fetch-source";
import { type Period, SOURCE_ID } from "./parse";

/** HTTP only: mempool.space mining API under the configured base URL (ATLAS_MEMPOOL_URL). */

export const paths = {
  pools: (period: Period) => `/api/v1/mining/pools/${period}`,
  hashratePools: (period: string) => `/api/v1/mining/hashrate/pools/${period}`,
  hashrate: (period: string) => `/api/v1/mining/hashrate/${period}`,
};

export function fetchPools(ctx: IngestContext, period: Period): Promise<FetchResult> {
  return fetchForSource(ctx, SOURCE_ID, underBase(sourceUrl(ctx, SOURCE_ID), paths.pools(period)));
}

export function fetchHashratePools(ctx: IngestContext, period: string): Promise<FetchResult> {
  return fetchForSource(
    ctx,
    SOURCE_ID,
    underBase(sourceUrl(ctx, SOURCE_ID), paths.hashratePools(period)),
  );
}

export function fetchHashrate(ctx: IngestContext, period: string): Promise<FetchResult> {
  return fetchForSource(
    ctx,
    SOURCE_ID,
    underBase(sourceUrl(ctx, SOURCE_ID), paths.hashrate(period)),
  );
}
