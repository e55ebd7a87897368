import { NETWORKS } from "./networks";
import { type CrawlOptionsInput, crawlOptionsSchema, seedHosts } from "./options";
import type { CrawlProgress, CrawlResult } from "./result";
import {
  type HostPort,
  parseHostPort,
  type Resolver,
  resolveTargets,
  systemResolver,
} from "./targets";
import { walk } from "./walk";

export type { CrawlOptionsInput } from "./options";
export type { CrawlProgress, CrawlResult } from "./result";
export { formatCrawlSummary, summarizeCrawl } from "./summary";

/** What cannot be validated as data: callbacks and the DNS resolver. */
interface CrawlHooks {
  /** Called after every dial, for a progress bar. */
  onProgress?: (progress: CrawlProgress) => void;
  /** Defaults to the system resolver (A + AAAA). */
  resolve?: Resolver;
  /** Aborting ends the crawl early, keeping what was found. */
  signal?: AbortSignal;
}

/**
 * Crawls the Bitcoin P2P network: resolves the seeds and peers, walks breadth-first and returns
 * what it found. Throws only a ZodError for invalid options; unreachable or hostile peers are
 * counted in the result, never thrown.
 */
export async function runCrawl(
  input: CrawlOptionsInput,
  hooks: CrawlHooks = {},
): Promise<CrawlResult> {
  const o = crawlOptionsSchema.parse(input);
  const startedAt = Date.now();
  const deadline = AbortSignal.timeout(o.deadlineMs);
  const signal = hooks.signal ? AbortSignal.any([deadline, hooks.signal]) : deadline;
  const port = NETWORKS[o.network].defaultPort;
  const targets = [...seedHosts(o), ...o.peers]
    .map((t) => parseHostPort(t, port))
    .filter((t): t is HostPort => t !== null);
  const { addresses, failed } = await resolveTargets(
    targets,
    hooks.resolve ?? systemResolver,
    signal,
  );
  const result: CrawlResult = {
    network: o.network,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: "",
    nodes: [],
    unreachable: { ipv4: 0, ipv6: 0 },
    learned: { tor: 0, i2p: 0, cjdns: 0 },
    skippedPrivate: 0,
    skippedBadPort: 0,
    failures: {},
    misbehaved: {},
    unresolved: failed,
    notDialled: 0,
    deadlineReached: false,
  };
  await walk({ ...o, start: addresses, onProgress: hooks.onProgress, signal }, result);
  result.deadlineReached = deadline.aborted;
  result.finishedAt = new Date().toISOString();
  return result;
}
