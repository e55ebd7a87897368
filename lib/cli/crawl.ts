import { ZodError, z } from "zod";
import { formatCrawlSummary, runCrawl, storeCrawl, summarizeCrawl } from "../crawler/index";
import { env } from "../env";
import { openGeoIp } from "../geo/geoip";
import type { Logger } from "../ingest/context";
import type { Store } from "../store/db";
import type { CliArgs } from "./args";

type CrawlArgs = Extract<CliArgs, { command: "crawl" }>;

/**
 * `atlas crawl`: walk the network, geolocate what was reached with the offline GeoIP database and
 * store it as a `crawler` node snapshot — the same tables the map and alerts read for Bitnodes.
 */
export async function runCrawlCommand(store: Store, args: CrawlArgs, log: Logger): Promise<number> {
  if (env().ATLAS_OFFLINE) {
    log.warn("crawl skipped: outbound connections disabled (ATLAS_OFFLINE=1)");
    return 0;
  }
  const geo = await openGeoIp(env().ATLAS_GEOIP_CITY);
  if (!geo) log.warn("no GeoIP database found; every reached node will be stored as unlocated");
  let result: Awaited<ReturnType<typeof runCrawl>>;
  try {
    result = await runCrawl(
      {
        network: args.network,
        peers: args.peers,
        seeds: args.dnsSeeds,
        maxNodes: args.maxNodes,
        concurrency: args.concurrency,
        deadlineMs: args.deadlineMs,
        allowPrivate: args.allowPrivate,
      },
      {
        onProgress: (p) =>
          log.progress(
            `crawl: reached ${p.reached}, failed ${p.failed}, queued`,
            p.reached,
            p.reached + p.queued,
          ),
      },
    );
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    log.error("invalid crawl options", { problems: z.prettifyError(error) });
    return 2;
  }
  const stored = await storeCrawl(store.db, result, (ip) => geo?.locate(ip) ?? null);
  const summary = summarizeCrawl(result);
  log.info(formatCrawlSummary(summary), {
    snapshot: stored.snapshotId,
    inserted: stored.inserted,
    geoip: geo?.database ?? null,
  });
  return 0;
}
