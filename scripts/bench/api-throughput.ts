import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareStore } from "../../lib/bootstrap/prepare";
import type { Figure } from "./figure";
import { round, runLoad } from "./http-load";
import { startServer } from "./server";

const REQUESTS = 3000;
const CONCURRENCY = 16;
const STATIC_NAME = "bench-static-shares.json";

/**
 * `/api/v1/shares` against the very same bytes served as a static file by the same production
 * server (scripts/serve.ts, as `npm start` runs it), so the ratio isolates what answering the
 * endpoint costs (routing, validation, query, serialisation) over sending bytes.
 */
export async function benchApiThroughput(port: number): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
  const dbPath = join(dir, "atlas.db");
  (await prepareStore({ dialect: "sqlite", path: dbPath }, "data/seed")).store.close();
  mkdirSync("public", { recursive: true });
  const staticPath = join("public", STATIC_NAME);
  const api = `http://127.0.0.1:${port}/api/v1/shares?month=2019-09`;
  writeFileSync(staticPath, "{}");
  const server = await startServer(port, { ATLAS_DB_PATH: dbPath });
  try {
    writeFileSync(staticPath, Buffer.from(await (await fetch(api)).arrayBuffer()));
    const staticUrl = `http://127.0.0.1:${port}/${STATIC_NAME}`;
    await runLoad(api, 300, CONCURRENCY); // warm-up: JIT, connection pool, SQLite page cache
    await runLoad(staticUrl, 300, CONCURRENCY);
    const apiRun = await runLoad(api, REQUESTS, CONCURRENCY);
    const staticRun = await runLoad(staticUrl, REQUESTS, CONCURRENCY);
    const ratio = apiRun.rps / staticRun.rps;
    return [
      {
        name: "api_shares_rps",
        value: round(apiRun.rps, 0),
        unit: "req/s",
        target: null,
        ok: apiRun.failures === 0,
      },
      { name: "api_shares_p99", value: apiRun.p99Ms, unit: "ms", target: null, ok: true },
      {
        name: "static_same_bytes_rps",
        value: round(staticRun.rps, 0),
        unit: "req/s",
        target: null,
        ok: staticRun.failures === 0,
      },
      {
        name: "api_vs_static_ratio",
        value: round(ratio, 3),
        unit: "ratio",
        target: 0.5,
        ok: ratio >= 0.5,
      },
    ];
  } finally {
    server.stop();
    rmSync(staticPath, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
