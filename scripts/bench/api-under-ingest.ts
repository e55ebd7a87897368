import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareStore } from "../../lib/bootstrap/prepare";
import { startTestPostgres } from "../test/postgres";
import type { Figure } from "./figure";
import { round, runLoad } from "./http-load";
import { buildSnapshot } from "./ingest-bitnodes";
import { startServer } from "./server";

const REQUESTS = 2000;
const CONCURRENCY = 16;

/** `atlas ingest bitnodes --file` of a 25k-node snapshot, as a separate process (as in production). */
function runIngest(env: Record<string, string>, file: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", "lib/cli/main.ts", "ingest", "bitnodes", "--file", file], {
      env: { ...process.env, ...env, ATLAS_OFFLINE: "1" },
      stdio: "ignore",
    });
    child.on("exit", (code) => resolve(code));
  });
}

/**
 * API requests/s and p99 while an ingest writes to the same database: the app must keep serving
 * (WAL on SQLite, MVCC on PostgreSQL) and no request may fail.
 */
async function measure(
  label: string,
  env: Record<string, string>,
  port: number,
  file: string,
): Promise<Figure[]> {
  const server = await startServer(port, env);
  try {
    const url = `${server.url}/api/v1/nodes?month=2022-03`;
    await runLoad(url, 200, CONCURRENCY); // warm-up
    const ingest = runIngest(env, file);
    const load = await runLoad(url, REQUESTS, CONCURRENCY);
    const code = await ingest;
    if (code !== 0) throw new Error(`${label}: the concurrent ingest failed (exit ${code})`);
    return [
      {
        name: `api rps during ingest (${label})`,
        value: round(load.rps, 0),
        unit: "req/s",
        target: null,
        ok: true,
      },
      {
        name: `api p99 during ingest (${label})`,
        value: load.p99Ms,
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: `api failed requests during ingest (${label})`,
        value: load.failures,
        unit: "requests",
        target: 0,
        ok: load.failures === 0,
      },
    ];
  } finally {
    server.stop();
  }
}

export async function benchApiUnderIngest(port: number): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-load-"));
  const file = join(dir, "1647677763.json");
  writeFileSync(file, buildSnapshot());
  const pg = await startTestPostgres();
  try {
    const sqliteEnv = { ATLAS_DB_PATH: join(dir, "atlas.db") };
    await (
      await prepareStore({ dialect: "sqlite", path: sqliteEnv.ATLAS_DB_PATH }, "data/seed")
    ).store.close();
    const pgEnv = { DATABASE_URL: pg.url };
    await (
      await prepareStore({ dialect: "postgres", url: pg.url, connectTimeoutMs: 5000 }, "data/seed")
    ).store.close();
    return [
      ...(await measure("SQLite", sqliteEnv, port, file)),
      ...(await measure("PostgreSQL", pgEnv, port + 1, file)),
    ];
  } finally {
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
