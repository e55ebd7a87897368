import { createHash } from "node:crypto";
import type { IngestContext } from "../../ingest/context";
import { parseJsonBody } from "../../ingest/fetch-source";
import type { FetchedBatch } from "../../ingest/write";
import { listPools } from "../../store/pools";
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
  evidence: "Pool names and the tags that attribute blocks to pools.",
  cadence: "irregular: when a pool is added or its tags change",
  records: ["pools"],
  seeded: true,
  ingest: {
    // Registry first: it names the pools the other pool sources refer to.
    target: "pools",
    needsNetwork: true,
    url: "ATLAS_POOL_REGISTRY_URL",
    fetch: fetchPoolRegistry,
    every: "ATLAS_INTERVAL_POOLS_MIN",
  },
  fixtures: [
    {
      file: "lib/sources/pool-registry/fixtures/pool-list.trimmed.json",
      parse: (text) => parsePoolList(JSON.parse(text), new Map()),
    },
  ],
};

/** Fetches and validates the registry: one batch, or none when it is not modified. */
async function* fetchPoolRegistry(ctx: IngestContext): AsyncGenerator<FetchedBatch> {
  const result = await fetchPoolList(ctx);
  if (result.notModified) return;
  const known = new Map((await listPools(ctx.db)).map((p) => [p.name.toLowerCase(), p.slug]));
  yield {
    kind: "pools",
    records: parsePoolList(parseJsonBody(SOURCE_ID, result.body), known),
    sha256: createHash("sha256").update(result.body).digest("hex"),
    upstreamUrl: result.url,
    fetchedAt: ctx.now().toISOString(),
    validators: [result],
  };
}
