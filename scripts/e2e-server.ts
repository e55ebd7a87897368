/**
 * The server the e2e tests run against: a fresh SQLite database seeded from data/seed, then the
 * production server (scripts/serve.ts, as `npm start` runs it) on E2E_PORT.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { prepareStoreFromEnv } from "../lib/bootstrap/prepare";

const port = process.env.E2E_PORT ?? "3100";
const dbPath = process.env.ATLAS_DB_PATH ?? "var/e2e/atlas.db";
rmSync(dbPath, { force: true });
rmSync(`${dbPath}-wal`, { force: true });
rmSync(`${dbPath}-shm`, { force: true });

const prepared = await prepareStoreFromEnv();
await prepared.store.close();
const server = spawn("npx", ["tsx", "scripts/serve.ts"], {
  stdio: "inherit",
  env: { ...process.env, PORT: port },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
