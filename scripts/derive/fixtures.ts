import { parse } from "csv-parse/sync";
import { z } from "zod";
import { bitnodesSnapshotSchema } from "../../lib/sources/bitnodes/schema";
import { poolsResponseSchema } from "../../lib/sources/mempool/schema";
import { compareText } from "./compare";
import type { DerivedFile } from "./files";
import { formatJson } from "./json";
import { RAW, readRawJson, readRawText } from "./raw";

/**
 * Test fixtures for the source adapters, trimmed from the real raw files (same field names and
 * shapes, far fewer records). Where no real recording exists (the Bitnodes listing, mempool's
 * hashrate endpoints) the fixture is built in the documented shape from real numbers and its
 * file name says "constructed".
 */

const BITNODES_DIR = "lib/sources/bitnodes/fixtures";
const MEMPOOL_DIR = "lib/sources/mempool/fixtures";
const REGISTRY_DIR = "lib/sources/pool-registry/fixtures";
const SITES_DIR = "lib/sources/sites/fixtures";
const REGULATOR_DIR = "lib/sources/regulator/fixtures";
const ESTIMATES_DIR = "lib/sources/published-estimates/fixtures";

export function deriveFixtures(rawDir: string): DerivedFile[] {
  const file = (path: string, value: unknown) => ({ path, content: formatJson(value) });
  const snapshot = trimSnapshot(readRawJson(rawDir, RAW.bitnodes));
  const short = { ...snapshot, nodes: mapValues(snapshot.nodes, (row) => row.slice(0, 5)) };
  const pools = poolsResponseSchema.loose().parse(readRawJson(rawDir, RAW.mempoolPools1w));
  const trimmedPools = { ...pools, pools: pools.pools.slice(0, 12) };
  return [
    file(`${BITNODES_DIR}/snapshot-1647591363.trimmed.json`, snapshot),
    file(`${BITNODES_DIR}/snapshot-1647591363.5-field.json`, short),
    file(`${BITNODES_DIR}/crawler-export/1647591363.json`, toCrawlerExport(snapshot.nodes)),
    file(`${BITNODES_DIR}/listing.constructed.json`, listing(readRawJson(rawDir, RAW.bitnodes))),
    file(`${MEMPOOL_DIR}/pools-1w.trimmed.json`, trimmedPools),
    file(`${MEMPOOL_DIR}/hashrate-pools.constructed.json`, weeklyShares(pools)),
    file(`${MEMPOOL_DIR}/hashrate.constructed.json`, networkHashrate(pools)),
    file(
      `${REGISTRY_DIR}/pool-list.trimmed.json`,
      trimRegistry(readRawJson(rawDir, RAW.bitcoinDataPoolList)),
    ),
    {
      path: `${SITES_DIR}/mining_sites.trimmed.csv`,
      // Paraguay, Ethiopia, Bhutan, Argentina and Kazakhstan whole, and every closed or sold fact.
      content: trimCsv(
        readRawText(rawDir, RAW.sites),
        (r) =>
          ["PY", "ET", "BT", "AR", "KZ"].includes(r.country_iso2 ?? "") ||
          ["closed", "sold"].includes(r.status ?? ""),
      ),
    },
    {
      path: `${REGULATOR_DIR}/energy_regulator_figures.trimmed.csv`,
      // Ethiopia, Paraguay and Malaysia whole, and every figure a load estimate can use.
      content: trimCsv(
        readRawText(rawDir, RAW.regulator),
        (r) => ["ET", "PY", "MY"].includes(r.country_iso2 ?? "") || r.estimation_role !== "context",
      ),
    },
    {
      path: `${ESTIMATES_DIR}/published_estimates.trimmed.csv`,
      // MinerMetrics' month with its group figures, every Ethiopia and Paraguay claim, and the
      // Reuters-relayed Hashrate Index month.
      content: trimCsv(
        readRawText(rawDir, RAW.estimates2026),
        (r) =>
          r.source_org === "MinerMetrics" ||
          ["ET", "PY"].includes(r.iso2 ?? "") ||
          (r.source_org ?? "").includes("as reported by Reuters"),
      ),
    },
  ];
}

/** The header and the rows `keep` selects, written back as CSV in the file's own column order. */
function trimCsv(text: string, keep: (row: Record<string, string>) => boolean): string {
  const [header, ...rows] = parse(text, { bom: true }) as string[][];
  if (!header) throw new Error("empty CSV");
  const kept = rows.filter((r) => keep(Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))));
  const field = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${[header, ...kept].map((r) => r.map(field).join(",")).join("\n")}\n`;
}

type Row = unknown[];

function mapValues(nodes: Record<string, Row>, fn: (row: Row) => Row): Record<string, Row> {
  return Object.fromEntries(Object.entries(nodes).map(([k, v]) => [k, fn(v)]));
}

/** Up to 4 nodes from each of the 8 biggest countries, 12 Tor nodes, and every clearnet node Bitnodes could not place. */
function trimSnapshot(payload: unknown) {
  const snap = bitnodesSnapshotSchema.parse(payload);
  const entries = Object.entries(snap.nodes).sort((a, b) => compareText(a[0], b[0]));
  const country = (row: Row) => (row.length === 13 ? (row[7] as string | null) : null);
  const counts = new Map<string, number>();
  for (const [, row] of entries) {
    const c = country(row);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, 8)
    .map(([c]) => c);
  const keep: [string, Row][] = [];
  for (const c of top) keep.push(...entries.filter(([, r]) => country(r) === c).slice(0, 4));
  keep.push(...entries.filter(([a]) => a.includes(".onion")).slice(0, 12));
  keep.push(...entries.filter(([a, r]) => country(r) === null && !a.includes(".onion")));
  const nodes = Object.fromEntries(keep.sort((a, b) => compareText(a[0], b[0])));
  return {
    timestamp: snap.timestamp,
    total_nodes: keep.length,
    latest_height: snap.latest_height ?? null,
    nodes,
  };
}

/** The crawler's export rows: `[address, port, ...row]`, IPv6 without brackets. */
function toCrawlerExport(nodes: Record<string, Row>): Row[] {
  return Object.entries(nodes).map(([key, row]) => {
    const at = key.lastIndexOf(":");
    return [key.slice(0, at).replace(/^\[|\]$/g, ""), Number(key.slice(at + 1)), ...row];
  });
}

function listing(payload: unknown) {
  const snap = bitnodesSnapshotSchema.parse(payload);
  const entry = {
    url: `https://bitnodes.io/api/v1/snapshots/${snap.timestamp}/`,
    timestamp: snap.timestamp,
    total_nodes: snap.total_nodes ?? 0,
    latest_height: snap.latest_height ?? null,
  };
  return { count: 1, next: null, previous: null, results: [entry] };
}

const WEEKS = [1741564800, 1742169600, 1742774400]; // Mondays 2025-03-10, -17, -24 (UTC)

type Pools = z.infer<typeof poolsResponseSchema>;

/** `hashrate/pools` rows for three weeks before the recording, with the recorded week's shares. */
function weeklyShares(pools: Pools) {
  const total = pools.lastEstimatedHashrate ?? 0;
  return WEEKS.flatMap((timestamp) =>
    pools.pools.slice(0, 12).map((p) => ({
      timestamp,
      avgHashrate: Math.round((p.blockCount / pools.blockCount) * total),
      share: Math.round((p.blockCount / pools.blockCount) * 1e4) / 1e4,
      poolName: p.name,
    })),
  );
}

function networkHashrate(pools: Pools) {
  const h = pools.lastEstimatedHashrate ?? 0;
  return {
    hashrates: WEEKS.map((timestamp) => ({ timestamp, avgHashrate: h })),
    difficulty: [],
    currentHashrate: h,
  };
}

const registryEntry = z.object({
  id: z.number(),
  name: z.string(),
  addresses: z.array(z.string()),
  tags: z.array(z.string()),
  link: z.string(),
});
const REGISTRY_KEEP = new Set([
  "Foundry USA",
  "AntPool",
  "ViaBTC",
  "F2Pool",
  "MARA Pool",
  "SpiderPool",
  "SecPool",
  "Binance Pool",
  "Luxor",
  "Braiins Pool",
  "Ocean.xyz",
  "SBI Crypto",
]);

function trimRegistry(payload: unknown) {
  return z
    .array(registryEntry)
    .parse(payload)
    .filter((p) => REGISTRY_KEEP.has(p.name))
    .map((p) => ({ ...p, addresses: p.addresses.slice(0, 2) }));
}
