import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openGeoIp } from "../../lib/geo/geoip";
import { testContext } from "../../lib/ingest/testing";
import { bitnodesSource, fetchBitnodes } from "../../lib/sources/bitnodes";
import { bitnodesSnapshotSchema } from "../../lib/sources/bitnodes/schema";
import { ingestSource } from "../../lib/sources/run";
import { migrateToLatest, openStore } from "../../lib/store/db";
import type { Figure } from "./figure";

const NODES = 25_000;
const FIXTURE = "lib/sources/bitnodes/fixtures/snapshot-1647591363.trimmed.json";

/** The n-th fresh public IPv4 address, spread over the address space so GeoIP has work to do. */
function freshIpv4(n: number): string {
  const x = (n * 2_654_435_761) >>> 0; // Knuth's multiplicative hash: spreads, never repeats below 2^32
  const first = 1 + ((x >>> 24) % 223);
  return `${first === 10 || first === 127 ? first + 1 : first}.${(x >>> 16) & 255}.${(x >>> 8) & 255}.${x & 255}`;
}

/**
 * A 25k-node snapshot built from the real fixture rows, each repeated with a fresh address. Every
 * other clearnet row is cut to Bitnodes' 5-field format so half the clearnet nodes need GeoIP.
 */
export function buildSnapshot(): string {
  const real = bitnodesSnapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, "utf8")));
  const rows = Object.entries(real.nodes);
  const nodes: Record<string, unknown[]> = {};
  for (let i = 0; i < NODES; i += 1) {
    const [address, row] = rows[i % rows.length] ?? ["", []];
    const tor = address.includes(".onion");
    const key = tor
      ? `${i.toString(36).padStart(16, "a")}bench.onion:8333`
      : `${freshIpv4(i + 1)}:8333`;
    nodes[key] = !tor && i % 2 === 1 ? row.slice(0, 5) : row;
  }
  return JSON.stringify({
    timestamp: real.timestamp + 86_400,
    total_nodes: NODES,
    latest_height: real.latest_height,
    nodes,
  });
}

/** Ingest + geolocate + store of a 25k-node snapshot on a fresh SQLite file (`atlas ingest bitnodes --file`). */
export async function benchBitnodesIngest(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
  try {
    const file = join(dir, "snapshot.json");
    writeFileSync(file, buildSnapshot());
    const store = await openStore({ dialect: "sqlite", path: join(dir, "atlas.db") });
    await migrateToLatest(store.db);
    const geo = await openGeoIp(); // opened once per process, as the CLI does; not timed
    const started = performance.now();
    const outcome = await ingestSource(
      testContext(store.db, "http://127.0.0.1:9", { geo }),
      bitnodesSource,
      (ctx) => fetchBitnodes(ctx, { file }),
      false,
    );
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    if (!outcome.ok) throw new Error(`bench ingest failed: ${outcome.error}`);
    const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
    return [
      {
        name: "bitnodes ingest+geolocate+store 25k nodes (SQLite)",
        value: round(seconds, 3),
        unit: "s",
        target: 2,
        ok: seconds <= 2,
      },
      {
        name: "bitnodes ingest throughput (SQLite)",
        value: Math.round(NODES / seconds),
        unit: "nodes/s",
        target: null,
        ok: true,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
