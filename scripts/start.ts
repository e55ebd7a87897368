/**
 * `npm start`: prepare the store (migrate + import the bundled seed), build the app if the build
 * is missing or older than the sources (`npm start -- --no-build` serves the build as it is),
 * then run the production server and, on the embedded setup, the supervised worker. Any failure
 * before the server starts prints one clear line and exits non-zero.
 *
 * No orphans: if the server dies, the worker is stopped and `npm start` exits non-zero (a
 * process manager restarts the whole); if `npm start` itself is killed, its children notice
 * their IPC channel closing and stop (scripts/start/spawn-node.ts).
 */
import type { ChildProcess } from "node:child_process";
import { prepareStoreFromEnv } from "../lib/bootstrap/prepare";
import { env } from "../lib/env";
import { redactFields } from "../lib/http/redact";
import { resolveOffline, SETTING, setSetting } from "../lib/store/settings";
import { startBackgroundIngest } from "./start/background-ingest";
import { ensureBuild } from "./start/build";
import { spawnNode } from "./start/spawn-node";
import type { Supervisor } from "./start/supervise";
import { superviseWorker } from "./start/worker";

function log(msg: string, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ level: "info", msg, ...redactFields(extra) }));
}

async function main(): Promise<void> {
  const config = env();
  const prepared = await prepareStoreFromEnv();
  const { store } = prepared;
  // The install's offline setting: every process on this database, an `atlas` command run by
  // hand included, follows what `npm start` was given (lib/store/settings.ts).
  if (config.ATLAS_OFFLINE !== undefined)
    await setSetting(store.db, SETTING.offline, config.ATLAS_OFFLINE ? "1" : "0");
  const offline = await resolveOffline(store.db, config.ATLAS_OFFLINE);
  log("store ready", {
    dialect: store.dialect,
    location: store.location,
    migrations: prepared.migrations,
    seedImported: prepared.seed.imported.length,
    seedSkipped: prepared.seed.skipped.length,
  });

  if (process.argv.includes("--no-build")) log("serving the existing build (--no-build)");
  else await ensureBuild(log);

  // The production server: Next.js plus the read API's fast path (lib/server/serve.ts).
  const server = spawnNode("scripts/serve.ts");
  log("server started", { pid: server.pid, supervisor: process.pid });
  // The embedded setup runs its worker here by default; with PostgreSQL, run
  // `npm run atlas -- worker` as its own process (see README, "Scale-out").
  const workerOn = config.ATLAS_WORKER
    ? ["1", "true"].includes(config.ATLAS_WORKER)
    : !config.DATABASE_URL;
  const worker: Supervisor | null = workerOn ? superviseWorker(store, log) : null;
  const ingest: ChildProcess | null = workerOn ? null : startBackgroundIngest({ offline, log });

  let stopping = false;
  const serverGone = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const shutdown = async (code: number, signal: NodeJS.Signals = "SIGTERM") => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
    ingest?.kill(signal);
    await Promise.all([worker?.stop(signal), serverGone]);
    await store.close().catch(() => {});
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => void shutdown(0, signal));
  server.on("exit", (code, signal) => {
    if (stopping) return;
    // Nobody asked it to stop: without a server the worker would run on unseen, so stop it and
    // exit non-zero for the process manager to restart everything.
    log("server exited unexpectedly; stopping the worker and exiting", { code, signal });
    void shutdown(code && code > 0 ? code : 1);
  });
}

main().catch((error: unknown) => {
  console.error(
    `hashrate-atlas: cannot start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
