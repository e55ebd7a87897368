/**
 * What the app knows about each data source beyond what the data files say: whether it is a
 * closed archive or a live feed, and when a live feed counts as stale. Adapters (fetch + parse)
 * are registered separately; this list also covers sources that only arrive through the seed.
 */
export interface SourceFacts {
  id: string;
  /** "archive": a finished series (never stale). "live": expected to be refreshed. */
  kind: "archive" | "live";
  /** For live sources: newest data older than this makes /api/health report the source stale. */
  staleAfterHours: number | null;
}

export const sourceCatalog: readonly SourceFacts[] = [
  { id: "cbeci", kind: "archive", staleAfterHours: null },
  { id: "hashrate-index", kind: "archive", staleAfterHours: null },
  { id: "bitnodes", kind: "live", staleAfterHours: 48 },
  // Our own P2P walk: expected daily; two missed runs make it stale.
  { id: "crawler", kind: "live", staleAfterHours: 48 },
  { id: "pool-registry", kind: "live", staleAfterHours: 24 * 90 },
  // The operator's own node, polled hourly by the worker when configured.
  { id: "bitcoind", kind: "live", staleAfterHours: 6 },
  { id: "mempool", kind: "live", staleAfterHours: 48 },
  { id: "pool-locations", kind: "live", staleAfterHours: 24 * 30 },
  // Evidence after 2022, imported by an operator or bundled: archives, never "stale".
  { id: "sites", kind: "archive", staleAfterHours: null },
  { id: "regulator", kind: "archive", staleAfterHours: null },
  { id: "published-estimates", kind: "archive", staleAfterHours: null },
];

/** Published estimates (bundled or imported) are named `reported-<publisher>`: closed archives. */
const REPORTED_PREFIX = "reported-";

export function sourceFacts(id: string): SourceFacts {
  if (id.startsWith(REPORTED_PREFIX)) return { id, kind: "archive", staleAfterHours: null };
  const facts = sourceCatalog.find((s) => s.id === id);
  if (!facts) throw new Error(`Unknown source "${id}": add it to lib/sources/catalog.ts`);
  return facts;
}
