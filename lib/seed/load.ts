import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import {
  type SeedClaimsFile,
  type SeedFleetFile,
  type SeedManifest,
  type SeedMinersFile,
  type SeedNetworkFile,
  type SeedNodeCountryCountsFile,
  type SeedNodesFile,
  type SeedPoolHistoryFile,
  type SeedPoolServersFile,
  type SeedPoolSharesFile,
  type SeedPoolsFile,
  type SeedRegulatorFile,
  type SeedSharesFile,
  type SeedSitesFile,
  seedClaimsFileSchema,
  seedFleetFileSchema,
  seedManifestSchema,
  seedMinersFileSchema,
  seedNetworkFileSchema,
  seedNodeCountryCountsFileSchema,
  seedNodesFileSchema,
  seedPoolHistoryFileSchema,
  seedPoolServersFileSchema,
  seedPoolSharesFileSchema,
  seedPoolsFileSchema,
  seedRegulatorFileSchema,
  seedSharesFileSchema,
  seedSitesFileSchema,
} from "./schema";

/** A seed file that is missing, corrupt or invalid; `file` names it for the operator. */
export class SeedError extends Error {
  override name = "SeedError";
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Seed file ${file}: ${detail}`);
  }
}

interface Loaded<T> {
  file: string;
  sha256: string;
  data: T;
}

export interface SeedBundle {
  shares: Loaded<SeedSharesFile>[];
  nodes: Loaded<SeedNodesFile>[];
  nodeCountries: Loaded<SeedNodeCountryCountsFile>[];
  pools: Loaded<SeedPoolsFile>[];
  poolShares: Loaded<SeedPoolSharesFile>[];
  poolHistory: Loaded<SeedPoolHistoryFile>[];
  poolServers: Loaded<SeedPoolServersFile>[];
  sites: Loaded<SeedSitesFile>[];
  regulator: Loaded<SeedRegulatorFile>[];
  claims: Loaded<SeedClaimsFile>[];
  network: Loaded<SeedNetworkFile>[];
  fleet: Loaded<SeedFleetFile>[];
  miners: Loaded<SeedMinersFile>[];
}

/**
 * Reads and validates every seed file listed in the manifest before anything is written, so a
 * broken file stops the import with the store untouched.
 */
export async function loadSeedBundle(dir: string): Promise<SeedBundle> {
  const manifestPath = join(dir, "manifest.json");
  const manifest = parseWith(seedManifestSchema, manifestPath, await readBytes(manifestPath));
  const bundle: SeedBundle = {
    shares: [],
    nodes: [],
    nodeCountries: [],
    pools: [],
    poolShares: [],
    poolHistory: [],
    poolServers: [],
    sites: [],
    regulator: [],
    claims: [],
    network: [],
    fleet: [],
    miners: [],
  };
  for (const entry of manifest.files) {
    const path = join(dir, entry.file);
    const bytes = await readBytes(path);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (sha256 !== entry.sha256) {
      throw new SeedError(
        path,
        "content does not match the sha256 in manifest.json (corrupt or edited by hand; regenerate with `npm run derive-seed`)",
      );
    }
    addToBundle(bundle, entry, path, bytes, sha256);
  }
  return bundle;
}

function addToBundle(
  bundle: SeedBundle,
  entry: SeedManifest["files"][number],
  path: string,
  bytes: Buffer,
  sha256: string,
): void {
  switch (entry.kind) {
    case "country-shares":
      bundle.shares.push({
        file: path,
        sha256,
        data: parseWith(seedSharesFileSchema, path, bytes),
      });
      break;
    case "node-snapshot":
      bundle.nodes.push({ file: path, sha256, data: parseWith(seedNodesFileSchema, path, bytes) });
      break;
    case "node-country-counts":
      bundle.nodeCountries.push({
        file: path,
        sha256,
        data: parseWith(seedNodeCountryCountsFileSchema, path, bytes),
      });
      break;
    case "pool-registry":
      bundle.pools.push({ file: path, sha256, data: parseWith(seedPoolsFileSchema, path, bytes) });
      break;
    case "pool-shares":
      bundle.poolShares.push({
        file: path,
        sha256,
        data: parseWith(seedPoolSharesFileSchema, path, bytes),
      });
      break;
    case "pool-history":
      bundle.poolHistory.push({
        file: path,
        sha256,
        data: parseWith(seedPoolHistoryFileSchema, path, bytes),
      });
      break;
    case "pool-servers":
      bundle.poolServers.push({
        file: path,
        sha256,
        data: parseWith(seedPoolServersFileSchema, path, bytes),
      });
      break;
    case "mining-sites":
      bundle.sites.push({ file: path, sha256, data: parseWith(seedSitesFileSchema, path, bytes) });
      break;
    case "regulator-figures":
      bundle.regulator.push({
        file: path,
        sha256,
        data: parseWith(seedRegulatorFileSchema, path, bytes),
      });
      break;
    case "claims":
      bundle.claims.push({
        file: path,
        sha256,
        data: parseWith(seedClaimsFileSchema, path, bytes),
      });
      break;
    case "network-hashrate":
      bundle.network.push({
        file: path,
        sha256,
        data: parseWith(seedNetworkFileSchema, path, bytes),
      });
      break;
    case "fleet-efficiency":
      bundle.fleet.push({ file: path, sha256, data: parseWith(seedFleetFileSchema, path, bytes) });
      break;
    case "miner-figures":
      bundle.miners.push({
        file: path,
        sha256,
        data: parseWith(seedMinersFileSchema, path, bytes),
      });
      break;
  }
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeedError(path, code === "ENOENT" ? "missing" : `unreadable (${code ?? error})`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, path: string, bytes: Buffer): T {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new SeedError(path, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new SeedError(path, `does not match its schema — ${first.join("; ")}`);
  }
  return parsed.data;
}
