import type { SeedSource } from "../../lib/seed/schema";
import { bitnodesSource } from "../../lib/sources/bitnodes";
import { cbeciSource } from "../../lib/sources/cbeci";
import { fleetEfficiencySource } from "../../lib/sources/fleet-efficiency";
import { hashrateIndexSource } from "../../lib/sources/hashrate-index";
import { mempoolSource } from "../../lib/sources/mempool";
import { networkHashrateSource } from "../../lib/sources/network-hashrate";
import { poolLocationsSource } from "../../lib/sources/pool-locations";
import { poolRegistrySource } from "../../lib/sources/pool-registry";
import { publicMinersSource } from "../../lib/sources/public-miners";
import { publishedEstimatesSource } from "../../lib/sources/published-estimates";
import { regulatorSource } from "../../lib/sources/regulator";
import { sitesSource } from "../../lib/sources/sites";
import type { SourceRecord } from "../../lib/store/sources";
import { RAW } from "./raw";

/**
 * A seed file's source block: who published it under which terms — the source's declaration in
 * lib/sources/, never restated here — plus where this file was derived from and the notes a
 * reader of this file must know. A source that is only ever seeded keeps its own notes; a live
 * source's bundled copy says how that copy was made instead.
 */
export function seedSource(
  source: SourceRecord,
  derivedFrom: SeedSource["derivedFrom"],
  notes: readonly string[] = source.notes,
): SeedSource {
  return {
    id: source.id,
    name: source.name,
    publisher: source.publisher,
    url: source.url,
    licence: source.licence,
    ...(source.licenceUrl ? { licenceUrl: source.licenceUrl } : {}),
    attribution: source.attribution,
    derivedFrom,
    notes: [...notes],
  };
}

export const CBECI_SOURCE = seedSource(cbeciSource, [RAW.ccaf]);

export const HASHRATE_INDEX_SOURCE = seedSource(hashrateIndexSource, [RAW.estimates]);

export const CLAIMS_SOURCE = seedSource(publishedEstimatesSource, [RAW.estimates2026]);

export const SITES_SOURCE = seedSource(sitesSource, [RAW.sites]);

export const REGULATOR_SOURCE = seedSource(regulatorSource, [RAW.regulator]);

export const NETWORK_SOURCE = seedSource(networkHashrateSource, [RAW.networkDaily]);

export const FLEET_SOURCE = seedSource(fleetEfficiencySource, [RAW.fleetEfficiency]);

export const MINERS_SOURCE = seedSource(publicMinersSource, [RAW.miners]);

export const BITNODES_SOURCE = seedSource(
  bitnodesSource,
  [RAW.bitnodes],
  [
    "Aggregates only: node counts per country and per location rounded to 0.1°; no addresses are kept.",
    "Bitnodes' GeoIP location is that of the IP address (often a hosting provider), not of the operator.",
    "Nodes with no usable location — country null or latitude and longitude both 0 — are counted as unlocated by network (Tor .onion, I2P, CJDNS, or clearnet IPv4/IPv6 without a GeoIP match) and never placed at (0,0).",
    "Since late 2025 Bitnodes returns only the first five fields per node (no location); the derivation then counts every node as unlocated by network.",
  ],
);

export const POOL_REGISTRY_SOURCE = seedSource(
  poolRegistrySource,
  [RAW.poolsV2, RAW.poolsV1],
  [
    "Names, links, coinbase-tag regexes and payout addresses as in pools-v2.json (the rules the operator's node attributes blocks by).",
    'Slugs follow mempool.space: the legacy pools.json `slugs` map, else the name lower-cased with every non-alphanumeric character removed (mempool\'s backend rule, confirmed by its recorded API responses, e.g. "Carbon Negative" → carbonnegative).',
    "The registry has no country or headquarters field: a pool's HQ and its server locations are separate, curated data.",
  ],
);

export const MEMPOOL_SOURCE = seedSource(
  mempoolSource,
  [RAW.mempoolPools1w],
  [
    "One recorded week of blocks (1,024 blocks, 21 pools). The exact recording time is not known; the window is placed to end on 2025-04-02, the day the recording was committed.",
    "Shares are of blocks found, attributed to pools by coinbase tags and payout addresses; a pool's blocks are not where its miners are.",
  ],
);

export const POOL_LOCATIONS_SOURCE = seedSource(
  poolLocationsSource,
  [RAW.stratum],
  [
    'Offline, a host is located only by the country its hostname label names ("declared", e.g. us-east → US); labels like eu, asia or na name no country and stay unresolved.',
    "At ingest each host is resolved by DNS and geolocated (dns+geoip); a stratum server's location is not where the pool's miners are.",
    "Many endpoints date from 2021 and some pools have since closed.",
  ],
);
