import { createHash } from "node:crypto";
import type { FetchResult } from "../../http/fetch";
import type { IngestContext } from "../../ingest/context";
import { parseJsonBody } from "../../ingest/fetch-source";
import type { FetchedBatch } from "../../ingest/write";
import { listPools } from "../../store/pools";
import type { SourceDefinition } from "../definition";
import { fetchHashrate, fetchHashratePools, fetchPools } from "./client";
import { parseHashratePools, parseNetworkHashrate, parsePoolWindow, SOURCE_ID } from "./parse";

const FIXTURES = "lib/sources/mempool/fixtures";
/** When the recorded week was committed: the window the fixture's parse places it at. */
const RECORDED_AT = new Date("2025-04-02T00:00:00Z");

export const mempoolSource: SourceDefinition = {
  id: SOURCE_ID,
  name: "mempool.space mining statistics",
  publisher: "mempool.space (The Mempool Open Source Project)",
  url: "https://mempool.space",
  licence: "mempool.space API terms; the mempool software is AGPL-3.0",
  attribution: "Pool shares from mempool.space (https://mempool.space/mining)",
  notes: [
    "Pool attribution of blocks by coinbase tags and payout addresses (mempool/mining-pools registry).",
  ],
  kind: "live",
  staleAfterHours: 48,
  evidence: "Which pools found which blocks: pool shares of blocks and weekly hashrate shares.",
  cadence: "every block (about ten minutes); weekly pool shares and daily network hashrate",
  records: ["pool-blocks"],
  seeded: true,
  ingest: {
    target: "mempool",
    needsNetwork: true,
    url: "ATLAS_MEMPOOL_URL",
    fetch: fetchMempool,
    every: "ATLAS_INTERVAL_MEMPOOL_MIN",
  },
  fixtures: [
    {
      file: `${FIXTURES}/pools-1w.trimmed.json`,
      parse: (text) => parsePoolWindow(JSON.parse(text), RECORDED_AT, "1w"),
    },
    {
      file: `${FIXTURES}/hashrate-pools.constructed.json`,
      parse: (text) => parseHashratePools(JSON.parse(text), () => undefined),
    },
    {
      file: `${FIXTURES}/hashrate.constructed.json`,
      parse: (text) => parseNetworkHashrate(JSON.parse(text)),
    },
  ],
};

/** Which windows to ask for: the last week of blocks, and three years of weekly history. */
const WINDOW = "1w" as const;
const HISTORY = "3y";

type Fresh = Extract<FetchResult, { notModified: false }>;

/** Fetches all three endpoints and validates them: one batch of what changed, or none (304s). */
async function* fetchMempool(ctx: IngestContext): AsyncGenerator<FetchedBatch> {
  const results = [
    await fetchPools(ctx, WINDOW),
    await fetchHashratePools(ctx, HISTORY),
    await fetchHashrate(ctx, HISTORY),
  ];
  const fresh = results.filter((r): r is Fresh => !r.notModified);
  if (fresh.length === 0) return;
  const names = new Map((await listPools(ctx.db)).map((p) => [p.name, p.slug]));
  const [pools, history, network] = results.map((r) =>
    r.notModified ? null : parseJsonBody(SOURCE_ID, r.body),
  );
  const window = pools ? parsePoolWindow(pools, ctx.now(), WINDOW) : null;
  const hash = createHash("sha256");
  for (const r of fresh) hash.update(r.body);
  yield {
    kind: "pool-blocks",
    records: {
      windows: window ? [window] : [],
      weekly: history ? parseHashratePools(history, (n) => names.get(n)) : [],
      daily: network ? parseNetworkHashrate(network) : [],
    },
    sha256: hash.digest("hex"),
    upstreamUrl: fresh.map((r) => r.url).join(" "),
    fetchedAt: ctx.now().toISOString(),
    validators: fresh,
  };
}
