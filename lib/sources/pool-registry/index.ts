import { createHash } from "node:crypto";
import type { IngestContext } from "../../ingest/context";
import { parseJsonBody } from "../../ingest/fetch-source";
import { type IngestOutcome, runSource } from "../../ingest/run";
import { hasIngest, ingestId, insertIngest } from "../../store/ingests";
import { listPools, upsertPools } from "../../store/pools";
import { saveValidators } from "../../store/requests";
import { recordSourceSuccess } from "../../store/sources";
import type { SourceDefinition } from "../definition";
import { fetchPoolList } from "./client";
import { parsePoolList, SOURCE_ID } from "./parse";

/**
 * The bundled copy is mempool/mining-pools' `pools-v2.json`; live updates read the same registry
 * from its upstream, bitcoin-data/mining-pools (`ATLAS_POOL_REGISTRY_URL`), under the same terms.
 */
export const poolRegistrySource: SourceDefinition = {
  id: SOURCE_ID,
  name: "mempool.space mining-pool registry",
  publisher: "mempool/mining-pools (derived from bitcoin-data/mining-pools)",
  url: "https://github.com/mempool/mining-pools",
  licence: "MIT (© 2019 btc.com)",
  attribution: "mempool/mining-pools (MIT, © 2019 btc.com)",
  notes: ["Names, links and coinbase tags; no country or HQ information."],
  kind: "live",
  staleAfterHours: 24 * 90,
  cadence: "irregular: when a pool is added or its tags change",
  seeded: true,
  ingest: {
    // Registry first: it names the pools the other pool sources refer to.
    target: "pools",
    needsNetwork: true,
    run: ingestPoolRegistry,
    every: "ATLAS_INTERVAL_POOLS_MIN",
  },
  fixtures: [
    {
      file: "lib/sources/pool-registry/fixtures/pool-list.trimmed.json",
      parse: (text) => parsePoolList(JSON.parse(text), new Map()),
    },
  ],
};

export function ingestPoolRegistry(ctx: IngestContext): Promise<IngestOutcome> {
  return runSource(ctx, poolRegistrySource, async () => {
    const result = await fetchPoolList(ctx);
    const at = ctx.now().toISOString();
    if (result.notModified) {
      await recordSourceSuccess(ctx.db, SOURCE_ID, at, null);
      return { changed: false, records: 0 };
    }
    const known = new Map((await listPools(ctx.db)).map((p) => [p.name.toLowerCase(), p.slug]));
    const pools = parsePoolList(parseJsonBody(SOURCE_ID, result.body), known);
    const sha = createHash("sha256").update(result.body).digest("hex");
    return ctx.db.transaction().execute(async (trx) => {
      const changed = !(await hasIngest(trx, ingestId(SOURCE_ID, sha)));
      if (changed) {
        const id = await insertIngest(trx, {
          sourceId: SOURCE_ID,
          fetchedAt: at,
          upstreamUrl: result.url,
          contentSha256: sha,
          recordCount: pools.length,
        });
        await upsertPools(trx, SOURCE_ID, id, pools);
        await saveValidators(trx, SOURCE_ID, result.url, result);
      }
      await recordSourceSuccess(trx, SOURCE_ID, at, null);
      return { changed, records: changed ? pools.length : 0 };
    });
  });
}
