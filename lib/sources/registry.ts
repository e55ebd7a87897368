import { bitcoindSource } from "./bitcoind";
import { bitnodesSource } from "./bitnodes";
import { cbeciSource } from "./cbeci";
import { crawlerSource } from "./crawler";
import type { FileImport, SourceContract, SourceDefinition, SourceFamily } from "./definition";
import { dsnSource } from "./dsn";
import { fixedSeedsSource } from "./fixed-seeds";
import { fleetEfficiencySource } from "./fleet-efficiency";
import { hashrateIndexSource } from "./hashrate-index";
import { mempoolSource } from "./mempool";
import { networkHashrateSource } from "./network-hashrate";
import { poolHistorySource } from "./pool-history";
import { poolLocationsSource } from "./pool-locations";
import { poolRegistrySource } from "./pool-registry";
import { publicMinersSource } from "./public-miners";
import { publishedEstimatesSource } from "./published-estimates";
import { regulatorSource } from "./regulator";
import { reportedSources } from "./reported";
import { sitesSource } from "./sites";

/**
 * Every source, declared once in its own folder. Live ones run in this order (`ingest all`,
 * the worker): the pool registry first, since it names the pools the others refer to.
 */
export const SOURCES: readonly SourceDefinition[] = [
  poolRegistrySource,
  poolLocationsSource,
  mempoolSource,
  bitnodesSource,
  bitcoindSource,
  crawlerSource,
  cbeciSource,
  poolHistorySource,
  dsnSource,
  fixedSeedsSource,
  hashrateIndexSource,
  publishedEstimatesSource,
  sitesSource,
  regulatorSource,
  publicMinersSource,
  networkHashrateSource,
  fleetEfficiencySource,
];

/** Sources named per publisher, declared once for all their members. */
export const FAMILIES: readonly SourceFamily[] = [reportedSources];

/** The declaration behind a source id: its own, or its family's. Unknown ids are an error. */
export function sourceContract(id: string): SourceContract {
  const found = SOURCES.find((s) => s.id === id) ?? FAMILIES.find((f) => id.startsWith(f.idPrefix));
  if (!found) throw new Error(`Unknown source "${id}": declare it in lib/sources/registry.ts`);
  return found;
}

/** The `atlas ingest <target>` names, in registry order. */
export const INGEST_TARGETS: readonly string[] = [
  ...new Set(SOURCES.flatMap((s) => (s.ingest?.target ? [s.ingest.target] : []))),
];

const FILE_IMPORTS: readonly FileImport[] = [...FAMILIES, ...SOURCES].flatMap((s) =>
  s.fileImport ? [s.fileImport] : [],
);

/** The `atlas import <kind>` names. */
export const IMPORT_KINDS: readonly string[] = FILE_IMPORTS.map((i) => i.kind);

/** The declared import of `kind` files. */
export function fileImportOf(kind: string): FileImport {
  const found = FILE_IMPORTS.find((i) => i.kind === kind);
  if (!found) throw new Error(`no source imports "${kind}" files`);
  return found;
}

/** What kind of evidence a source is, in a sentence, as its definition says (for /methods). */
export function sourceEvidence(id: string): string | undefined {
  return SOURCES.find((s) => s.id === id)?.evidence;
}
