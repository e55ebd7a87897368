import { z } from "zod";
import { crawlOptionsSchema } from "../crawler/options";
import type { Logger } from "../ingest/context";
import { crawlerSource, fetchCrawl } from "../sources/crawler";
import { ingestSource } from "../sources/run";
import type { Store } from "../store/db";
import type { CliArgs } from "./args";
import { ingestContextFromEnv } from "./ingest-context";

type CrawlArgs = Extract<CliArgs, { command: "crawl" }>;

/**
 * `atlas crawl`: the crawler source (lib/sources/crawler) with the operator's options — the
 * same ingest the worker schedules. Exit code 2 for options the crawler refuses, 1 when the
 * crawl failed or was refused as implausible (the last good node data stays).
 */
export async function runCrawlCommand(store: Store, args: CrawlArgs, log: Logger): Promise<number> {
  const options = {
    network: args.network,
    peers: args.peers,
    seeds: args.dnsSeeds,
    maxNodes: args.maxNodes,
    concurrency: args.concurrency,
    deadlineMs: args.deadlineMs,
    allowPrivate: args.allowPrivate,
  };
  const checked = crawlOptionsSchema.safeParse(options);
  if (!checked.success) {
    log.error("invalid crawl options", { problems: z.prettifyError(checked.error) });
    return 2;
  }
  const ctx = await ingestContextFromEnv(store.db, log);
  const outcome = await ingestSource(ctx, crawlerSource, (c) => fetchCrawl(c, options));
  return outcome.ok ? 0 : 1;
}
