import { SourceError } from "../http/errors";
import { type FetchResult, politeFetch } from "../http/fetch";
import { redactUrl } from "../http/redact";
import { countRequestsSince, getValidators, recordRequest } from "../store/requests";
import type { IngestContext } from "./context";

const DAY_MS = 86_400_000;

/**
 * One upstream GET on behalf of a source: refused when offline or over the daily budget, counted
 * in `source_requests`, conditional on the URL's last validators.
 */
export async function fetchForSource(
  ctx: IngestContext,
  sourceId: string,
  url: string,
  dailyBudget: number | null = null,
): Promise<FetchResult> {
  if (ctx.offline) {
    throw new SourceError(sourceId, "network", "outbound fetches are disabled (ATLAS_OFFLINE=1)");
  }
  const now = ctx.now();
  if (dailyBudget !== null) {
    const since = new Date(now.getTime() - DAY_MS).toISOString();
    const used = await countRequestsSince(ctx.db, sourceId, since);
    if (used >= dailyBudget) {
      throw new SourceError(
        sourceId,
        "budget",
        `daily request budget used up (${used}/${dailyBudget} in the last 24 h); try again later`,
      );
    }
  }
  // What is stored and logged is the URL with its credentials masked (politeFetch sends them).
  const shown = redactUrl(url);
  await recordRequest(ctx.db, sourceId, shown, now.toISOString());
  const validators = await getValidators(ctx.db, shown);
  // Retries are requests too: each one counts against the budget once the call is over.
  let retries = 0;
  try {
    return await politeFetch(url, {
      ...ctx.fetch,
      sourceId,
      etag: validators?.etag ?? null,
      lastModified: validators?.lastModified ?? null,
      onRetry: (info) => {
        retries += 1;
        ctx.log.warn("retrying upstream request", { source: sourceId, url: shown, ...info });
      },
    });
  } finally {
    for (let i = 0; i < retries; i += 1) {
      await recordRequest(ctx.db, sourceId, shown, ctx.now().toISOString());
    }
  }
}

/** JSON.parse with a typed error: truncated or non-JSON bodies are `parse` failures. */
export function parseJsonBody(sourceId: string, body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch (error) {
    throw new SourceError(
      sourceId,
      "parse",
      `body is not valid JSON (${(error as Error).message})`,
    );
  }
}
