import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareStore } from "../../lib/bootstrap/prepare";
import { insertIngest } from "../../lib/store/ingests";
import { insertNodeSnapshot } from "../../lib/store/nodes";

/** The bench's node layer size (the bar: a slider restyle with 25k nodes within a frame). */
export const BENCH_NODES = 25_000;
/**
 * A month shows a node snapshot taken within 92 days before its end (README, "Nodes"): taken on
 * 10 September 2019, these nodes stand for September, October and November 2019 — the months the
 * slider bench steps through (scripts/bench/map-slider.ts).
 */
export const BENCH_SNAPSHOT_MONTHS = ["2019-09", "2019-10", "2019-11"] as const;
const TAKEN_AT = "2019-09-10T00:00:00.000Z";

/** Deterministic pseudo-random numbers (mulberry32), so every bench run draws the same points. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A fresh seeded SQLite database plus one synthetic snapshot of 25k distinct node locations
 * (marked as a bench fixture in its ingest URL; never written to a real store).
 */
export async function prepareBenchDb(): Promise<{ dir: string; dbPath: string }> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-map-"));
  const dbPath = join(dir, "atlas.db");
  const { store } = await prepareStore({ dialect: "sqlite", path: dbPath }, "data/seed");
  const next = random(42);
  const seen = new Set<string>();
  const locations: [number, number, string, number][] = [];
  while (locations.length < BENCH_NODES) {
    const lat = Math.round((next() * 120 - 50) * 10) / 10;
    const lon = Math.round((next() * 360 - 180) * 10) / 10;
    const key = `${lat},${lon}`;
    if (seen.has(key)) continue;
    seen.add(key);
    locations.push([lat, lon, "US", 1]);
  }
  const ingest = await insertIngest(store.db, {
    sourceId: "bitnodes",
    fetchedAt: new Date().toISOString(),
    upstreamUrl: "bench:synthetic-25k-nodes",
    contentSha256: "bench".padEnd(64, "0"),
    recordCount: BENCH_NODES,
  });
  await insertNodeSnapshot(
    store.db,
    {
      sourceId: "bitnodes",
      takenAt: TAKEN_AT,
      total: BENCH_NODES,
      latestHeight: null,
      locationPrecision: 1,
      unlocated: {},
      countries: [["US", BENCH_NODES]],
      locations,
    },
    ingest,
  );
  await store.close();
  return { dir, dbPath };
}
