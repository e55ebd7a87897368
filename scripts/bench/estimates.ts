import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_ASSUMPTIONS } from "../../lib/analytics/estimate/assumptions";
import { getEstimateInputs } from "../../lib/queries/estimate-inputs";
import { estimateAllMonths } from "../../lib/queries/estimates-view";
import { importSeed } from "../../lib/seed/import";
import { loadSeedBundle } from "../../lib/seed/load";
import { migrateToLatest, openStore } from "../../lib/store/db";
import type { Figure } from "./figure";

/** The budget for estimating every country × every month on the server at once. */
const BUDGET_MS = 25;
const RUNS = 30;

/**
 * The evidence model over every month with network hashrate and every country with evidence,
 * from the bundled seed's inputs (read once, as the server holds them): the median of 30 runs,
 * after 3 warm-up runs.
 */
export async function benchEstimates(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-estimates-"));
  const store = await openStore({ dialect: "sqlite", path: join(dir, "atlas.db") });
  try {
    await migrateToLatest(store.db);
    await importSeed(store.db, await loadSeedBundle("data/seed"));
    const inputs = await getEstimateInputs(store.db);
    const times: number[] = [];
    let months = 0;
    for (let i = 0; i < RUNS + 3; i += 1) {
      const start = performance.now();
      months = estimateAllMonths(inputs, DEFAULT_ASSUMPTIONS).length;
      if (i >= 3) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(2));
    console.error(JSON.stringify({ level: "info", msg: `estimates: ${months} months` }));
    return [
      {
        name: "estimates: all countries × all months (server)",
        value: median,
        unit: "ms",
        target: BUDGET_MS,
        ok: median <= BUDGET_MS,
      },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
