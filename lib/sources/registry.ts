import type { IngestContext } from "../ingest/context";
import type { IngestOutcome } from "../ingest/run";
import type { SourceDescription } from "../store/sources";
import { bitcoindSource, ingestBitcoind } from "./bitcoind";
import { rpcEnvelopeSchema } from "./bitcoind/schema";
import { bitnodesSource, ingestBitnodes } from "./bitnodes";
import { snapshotToInput, validateSnapshot } from "./bitnodes/parse";
import { ingestMempool, mempoolSource } from "./mempool";
import { parseHashratePools, parseNetworkHashrate, parsePoolWindow } from "./mempool/parse";
import { ingestPoolLocations, poolLocationsSource } from "./pool-locations";
import { parseLocationsCsv } from "./pool-locations/parse";
import { ingestPoolRegistry, poolRegistrySource } from "./pool-registry";
import { parsePoolList } from "./pool-registry/parse";

/** Which `atlas ingest <target>` runs an adapter. */
export const INGEST_TARGETS = ["bitnodes", "mempool", "pools", "bitcoind"] as const;
export type IngestTarget = (typeof INGEST_TARGETS)[number];

export interface Adapter {
  id: string;
  target: IngestTarget;
  source: SourceDescription;
  /** False for sources that work without the internet (a local file; DNS is skipped offline). */
  needsNetwork: boolean;
  /** Recorded (trimmed) upstream payloads, repository-relative, replayed by the tests. */
  fixtures: string[];
  /** The adapter's pure parse applied to a fixture's text: its normalized records. */
  parseFixture(text: string): readonly unknown[];
  ingest(ctx: IngestContext): Promise<IngestOutcome>;
}

const at = new Date("2025-04-02T00:00:00Z");

/** Every live source, in the order `ingest all` runs them (registry first: it names the pools). */
export const adapters: readonly Adapter[] = [
  {
    id: poolRegistrySource.id,
    target: "pools",
    source: poolRegistrySource,
    needsNetwork: true,
    fixtures: ["lib/sources/pool-registry/fixtures/pool-list.trimmed.json"],
    parseFixture: (text) => parsePoolList(JSON.parse(text), new Map()),
    ingest: ingestPoolRegistry,
  },
  {
    id: poolLocationsSource.id,
    target: "pools",
    source: poolLocationsSource,
    needsNetwork: false,
    fixtures: ["data/pool-locations.csv"],
    parseFixture: (text) => parseLocationsCsv(text),
    ingest: ingestPoolLocations,
  },
  {
    id: mempoolSource.id,
    target: "mempool",
    source: mempoolSource,
    needsNetwork: true,
    fixtures: [
      "lib/sources/mempool/fixtures/pools-1w.trimmed.json",
      "lib/sources/mempool/fixtures/hashrate-pools.constructed.json",
      "lib/sources/mempool/fixtures/hashrate.constructed.json",
    ],
    parseFixture: (text) => {
      const json: unknown = JSON.parse(text);
      if (Array.isArray(json)) return parseHashratePools(json, () => undefined);
      if (json && typeof json === "object" && "hashrates" in json)
        return parseNetworkHashrate(json);
      return parsePoolWindow(json, at, "1w").rows;
    },
    ingest: ingestMempool,
  },
  {
    id: bitnodesSource.id,
    target: "bitnodes",
    source: bitnodesSource,
    needsNetwork: true,
    fixtures: [
      "lib/sources/bitnodes/fixtures/snapshot-1647591363.trimmed.json",
      "lib/sources/bitnodes/fixtures/snapshot-1647591363.5-field.json",
    ],
    parseFixture: (text) => {
      const input = snapshotToInput(validateSnapshot(JSON.parse(text)), null);
      // Buckets every node falls into: its country, or its network when unlocated.
      return [...input.countries, ...Object.entries(input.unlocated).filter(([, n]) => n > 0)];
    },
    ingest: (ctx) => ingestBitnodes(ctx),
  },
  {
    id: bitcoindSource.id,
    target: "bitcoind",
    source: bitcoindSource,
    needsNetwork: true,
    fixtures: [
      "lib/sources/bitcoind/fixtures/getnodeaddresses.constructed.json",
      "lib/sources/bitcoind/fixtures/getpeerinfo.constructed.json",
    ],
    parseFixture: (text) => {
      const result = rpcEnvelopeSchema.parse(JSON.parse(text)).result;
      return Array.isArray(result) ? result : [];
    },
    ingest: ingestBitcoind,
  },
];
