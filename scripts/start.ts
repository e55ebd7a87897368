/**
 * `npm start`: prepare the store (migrate + import the bundled seed), build the app if the build
 * is missing or older than the sources, then run the production server. Any failure before the
 * server starts prints one clear line and exits non-zero.
 */
import { spawn } from "node:child_process";
import { env } from "../lib/env";
import { prepareStoreFromEnv } from "../lib/store/prepare";
import { startBackgroundIngest } from "./start/background-ingest";
import { ensureBuild } from "./start/build";
import { startWorker } from "./start/worker";

function log(msg: string, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: "info", msg, ...extra }));
}

async function main(): Promise<void> {
  const config = env();
  const prepared = await prepareStoreFromEnv();
  log("store ready", {
    dialect: prepared.store.dialect,
    location: prepared.store.location,
    migrations: prepared.migrations,
    seedImported: prepared.seed.imported.length,
    seedSkipped: prepared.seed.skipped.length,
  });
  await prepared.store.close();

  await ensureBuild(log);

  // The production server: Next.js plus the read API's fast path (lib/server/serve.ts).
  const server = spawn("npx", ["tsx", "scripts/serve.ts"], { stdio: "inherit" });
  // The embedded setup runs its worker in-process by default; with PostgreSQL, run
  // `npm run atlas -- worker` as its own process (see README, "Scale-out").
  const workerOn = config.ATLAS_WORKER
    ? ["1", "true"].includes(config.ATLAS_WORKER)
    : !config.DATABASE_URL;
  const ingest = workerOn
    ? startWorker(log)
    : startBackgroundIngest({ offline: config.ATLAS_OFFLINE, log });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      ingest?.kill(signal);
      server.kill(signal);
    });
  }
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(
    `hashrate-atlas: cannot start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
