import { createHash } from "node:crypto";
import type { FetchResult } from "../../http/fetch";
import type { IngestContext } from "../../ingest/context";
import { parseJsonBody } from "../../ingest/fetch-source";
import { type IngestOutcome, runSource } from "../../ingest/run";
import { hasIngest, ingestId, insertIngest } from "../../store/ingests";
import {
  insertPoolWindow,
  upsertNetworkHashrate,
  upsertWeeklyShares,
} from "../../store/pool-history";
import { listPools } from "../../store/pools";
import { saveValidators } from "../../store/requests";
import { recordSourceSuccess } from "../../store/sources";
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
  cadence: "every block (about ten minutes); weekly pool shares and daily network hashrate",
  seeded: true,
  ingest: {
    target: "mempool",
    needsNetwork: true,
    run: ingestMempool,
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

type Fetched = Extract<FetchResult, { notModified: false }>;

/** Fetches all three endpoints, then validates and writes them in one transaction. */
export function ingestMempool(ctx: IngestContext): Promise<IngestOutcome> {
  return runSource(ctx, mempoolSource, async () => {
    const results = [
      await fetchPools(ctx, WINDOW),
      await fetchHashratePools(ctx, HISTORY),
      await fetchHashrate(ctx, HISTORY),
    ];
    const fresh = results.filter((r): r is Fetched => !r.notModified);
    const at = ctx.now();
    const names = new Map((await listPools(ctx.db)).map((p) => [p.name, p.slug]));
    const [pools, history, network] = results.map((r) =>
      r.notModified ? null : parseJsonBody(SOURCE_ID, r.body),
    );
    const window = pools ? parsePoolWindow(pools, at, WINDOW) : null;
    const weekly = history ? parseHashratePools(history, (n) => names.get(n)) : [];
    const daily = network ? parseNetworkHashrate(network) : [];
    const hash = createHash("sha256");
    for (const r of fresh) hash.update(r.body);
    const sha = hash.digest("hex");
    const id = ingestId(SOURCE_ID, sha);
    return ctx.db.transaction().execute(async (trx) => {
      const changed = fresh.length > 0 && !(await hasIngest(trx, id));
      if (changed) {
        await insertIngest(trx, {
          sourceId: SOURCE_ID,
          fetchedAt: at.toISOString(),
          upstreamUrl: fresh.map((r) => r.url).join(" "),
          contentSha256: sha,
          recordCount: (window?.rows.length ?? 0) + weekly.length + daily.length,
        });
        if (window) await insertPoolWindow(trx, SOURCE_ID, id, window);
        await upsertWeeklyShares(trx, SOURCE_ID, id, weekly);
        await upsertNetworkHashrate(trx, SOURCE_ID, id, daily);
        for (const r of fresh) await saveValidators(trx, SOURCE_ID, r.url, r);
      }
      await recordSourceSuccess(trx, SOURCE_ID, at.toISOString(), window?.periodEnd ?? null);
      return {
        changed,
        records: changed ? (window?.rows.length ?? 0) + weekly.length + daily.length : 0,
      };
    });
  });
}
