import type { GeoLocator } from "../../lib/geo/geoip";
import { hostOf, networkOfAddress } from "../../lib/geo/network";
import { type SeedNodesFile, seedNodesFileSchema } from "../../lib/seed/schema";
import { LOCATION_PRECISION, roundTo } from "../../lib/sources/bitnodes/parse";
import { fixedSeedsSource } from "../../lib/sources/fixed-seeds";
import { compareText } from "./compare";
import { RAW, type RawFile } from "./raw";
import { seedSource } from "./sources";

/**
 * A Bitcoin Core fixed-seed list (`host:port` per line, `# AS…` comments) → a node snapshot of
 * aggregates, located with the bundled GeoIP database like any node: counts per country and per
 * rounded location, onion/I2P/CJDNS (and unlocatable clearnet) counted by network. No address is
 * kept. Labelled a sample by its source, never a census.
 */

/** Each list at the day it was committed upstream (raw PROVENANCE.md); the crawl is days older. */
export const FIXED_SEED_LISTS: { raw: RawFile; takenAt: string; release: string }[] = [
  { raw: RAW.fixedSeeds28, takenAt: "2024-08-27T00:00:00Z", release: "v28.0" },
  { raw: RAW.fixedSeeds29, takenAt: "2025-03-06T00:00:00Z", release: "v29.0" },
];

export function deriveFixedSeeds(
  text: string,
  list: (typeof FIXED_SEED_LISTS)[number],
  geo: GeoLocator,
): SeedNodesFile {
  const entries = text
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "");
  const unlocated = { tor: 0, i2p: 0, cjdns: 0, ipv4: 0, ipv6: 0, unknown: 0 };
  const countries = new Map<string, number>();
  const cells = new Map<string, [number, number, string, number]>();
  for (const address of entries) {
    const network = networkOfAddress(address);
    const at = network === "ipv4" || network === "ipv6" ? geo.locate(hostOf(address)) : null;
    if (!at) {
      unlocated[network] += 1;
      continue;
    }
    countries.set(at.country, (countries.get(at.country) ?? 0) + 1);
    const lat = roundTo(at.lat, LOCATION_PRECISION);
    const lon = roundTo(at.lon, LOCATION_PRECISION);
    const key = `${lat} ${lon} ${at.country}`;
    const cell = cells.get(key) ?? [lat, lon, at.country, 0];
    cell[3] += 1;
    cells.set(key, cell);
  }
  return seedNodesFileSchema.parse({
    kind: "node-snapshot",
    source: seedSource(
      fixedSeedsSource,
      [list.raw],
      [
        ...fixedSeedsSource.notes,
        `This file: Bitcoin Core ${list.release}'s list, ${entries.length} entries, located with ${geo.database}.`,
        // Bitcoin Core's COPYING, which asks to be kept with anything derived from it.
        'Licence notice: The MIT License (MIT) Copyright (c) 2009-2025 The Bitcoin Core developers Copyright (c) 2009-2025 Bitcoin Developers Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
      ],
    ),
    snapshot: { takenAt: list.takenAt, total: entries.length, latestHeight: null, unlocated },
    countries: [...countries].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])),
    locationPrecision: LOCATION_PRECISION,
    locations: [...cells.values()].sort(
      (a, b) => b[3] - a[3] || compareText(a[2], b[2]) || a[0] - b[0] || a[1] - b[1],
    ),
  });
}
