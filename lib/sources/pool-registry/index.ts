import { createHash } from "node:crypto";
import type { IngestContext } from "../../ingest/context";
import { parseJsonBody } from "../../ingest/fetch-source";
import { type IngestOutcome, runSource } from "../../ingest/run";
import { hasIngest, ingestId, insertIngest } from "../../store/ingests";
import { listPools, upsertPools } from "../../store/pools";
import { saveValidators } from "../../store/requests";
import { recordSourceSuccess, type SourceDescription } from "../../store/sources";
import { fetchPoolList } from "./client";
import { parsePoolList, SOURCE_ID } from "./parse";

export const poolRegistrySource: SourceDescription = {
  id: SOURCE_ID,
  name: "Mining-pool registry (bitcoin-data/mining-pools format)",
  publisher: "bitcoin-data/mining-pools (upstream of mempool/mining-pools)",
  url: "https://github.com/bitcoin-data/mining-pools",
  licence: "MIT (© 2019-2021 btc.com)",
  attribution: "bitcoin-data/mining-pools (MIT)",
  notes: ["Names, links and coinbase tags; no country or HQ information."],
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
