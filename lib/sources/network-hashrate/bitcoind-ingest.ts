import { createHash } from "node:crypto";
import { canonicalJson } from "../../core/canonical";
import type { BitcoindConfig, IngestContext } from "../../ingest/context";
import type { FetchedBatch } from "../../ingest/write";
import { lastNetworkDay } from "../../store/estimate-inputs";
import { SOURCE_ID as BITCOIND_SOURCE_ID } from "../bitcoind/client";
import { fetchNodeDailyHashrate } from "./bitcoind-days";

/** How far back a first pass reaches: the month before, whole, so it can reach 20 days. */
const NODE_DAYS_BACK = 40;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Complete UTC days after `last` (or NODE_DAYS_BACK back) up to yesterday. */
export function daysToFetch(now: Date, last: string | null): string[] {
  const today = Date.parse(`${isoDay(now.getTime())}T00:00:00Z`);
  const earliest = today - NODE_DAYS_BACK * 86_400_000;
  const after = last ? Date.parse(`${last}T00:00:00Z`) + 86_400_000 : earliest;
  const days: string[] = [];
  for (let t = Math.max(after, earliest); t < today; t += 86_400_000) days.push(isoDay(t));
  return days;
}

/**
 * The operator's node as a live source of the network-hashrate series: the complete days not
 * stored yet, each `getnetworkhashps` over that day's blocks, as one batch of daily values under
 * the node's source id (the monthly mean and the 20-day rule are applied when months are read:
 * lib/queries/estimate-inputs.ts). Null when there is no new complete day.
 */
export async function nodeNetworkDays(
  ctx: IngestContext,
  config: BitcoindConfig,
): Promise<FetchedBatch | null> {
  const days = daysToFetch(ctx.now(), await lastNetworkDay(ctx.db, BITCOIND_SOURCE_ID));
  const fetched = await fetchNodeDailyHashrate(config, days);
  if (fetched.length === 0) return null;
  return {
    kind: "network-days",
    records: fetched.map((d) => ({ day: d.day, ehs: d.ehs })),
    sha256: createHash("sha256").update(canonicalJson(fetched)).digest("hex"),
    upstreamUrl: `rpc:${new URL(config.url).host} getnetworkhashps`,
    fetchedAt: ctx.now().toISOString(),
  };
}
