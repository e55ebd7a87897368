import { networkMonths } from "../../lib/analytics/network-months";
import {
  type SeedFleetFile,
  type SeedMinersFile,
  type SeedNetworkFile,
  seedFleetFileSchema,
  seedMinersFileSchema,
  seedNetworkFileSchema,
} from "../../lib/seed/schema";
import { parseFleetEfficiencyCsv } from "../../lib/sources/fleet-efficiency/parse";
import { parseNetworkDailyCsv } from "../../lib/sources/network-hashrate/parse";
import { parseMinersCsv } from "../../lib/sources/public-miners/parse";
import { FLEET_SOURCE, MINERS_SOURCE, NETWORK_SOURCE } from "./sources";

/**
 * The evidence model's inputs → the seed, each read with the parser its source uses: Coin
 * Metrics' daily hashrate as months (mean and day count, the rule of
 * lib/analytics/network-months.ts), CBECI's monthly band, the listed miners' file (the parser of
 * `atlas import miners`).
 */

export function deriveNetwork(csvText: string): SeedNetworkFile {
  return seedNetworkFileSchema.parse({
    kind: "network-hashrate",
    source: NETWORK_SOURCE,
    // Rounded to 0.001 EH/s: far below the daily noise, and keeps the seed diffable.
    rows: networkMonths(parseNetworkDailyCsv(csvText)).map((m) => ({
      ...m,
      ehs: m.ehs === null ? null : Math.round(m.ehs * 1000) / 1000,
    })),
  });
}

export function deriveFleet(csvText: string): SeedFleetFile {
  return seedFleetFileSchema.parse({
    kind: "fleet-efficiency",
    source: FLEET_SOURCE,
    rows: parseFleetEfficiencyCsv(csvText),
  });
}

export function deriveMiners(csvText: string): SeedMinersFile {
  return seedMinersFileSchema.parse({
    kind: "miner-figures",
    source: MINERS_SOURCE,
    rows: parseMinersCsv(csvText),
  });
}
