import type {
  SeedClaimsFile,
  SeedFleetFile,
  SeedMinersFile,
  SeedNetworkFile,
  SeedNodeCountryCountsFile,
  SeedNodesFile,
  SeedPoolHistoryFile,
  SeedPoolServersFile,
  SeedPoolSharesFile,
  SeedPoolsFile,
  SeedRegulatorFile,
  SeedSharesFile,
  SeedSitesFile,
} from "../../lib/seed/schema";

/** One file the derivation writes, path relative to the repository root. */
export interface DerivedFile {
  path: string;
  content: string;
}

export type SeedFile =
  | SeedSharesFile
  | SeedNodesFile
  | SeedNodeCountryCountsFile
  | SeedPoolsFile
  | SeedPoolSharesFile
  | SeedPoolHistoryFile
  | SeedPoolServersFile
  | SeedSitesFile
  | SeedRegulatorFile
  | SeedClaimsFile
  | SeedNetworkFile
  | SeedFleetFile
  | SeedMinersFile;
