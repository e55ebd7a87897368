/**
 * `npm run atlas -- …`: the operator's command. Exit code 0 when every requested source
 * succeeded (or another ingest already holds the lock), 1 when any failed (its last good data
 * stays and /api/health says degraded), 2 on a usage or input error.
 */
import { hostname } from "node:os";
import { ingestTargets } from "../ingest/all";
import type { Logger } from "../ingest/context";
import { ingestContextFromEnv } from "../ingest/from-env";
import { ingestBitnodes } from "../sources/bitnodes";
import { importReportedCsv } from "../sources/reported-csv";
import { CsvImportError } from "../sources/reported-csv/parse";
import type { Store } from "../store/db";
import { acquireIngestLock, releaseIngestLock } from "../store/ingest-lock";
import { prepareStoreFromEnv } from "../store/prepare";
import { type CliArgs, parseArgs } from "./args";
import { createLogger } from "./log";

/** Longer than the background ingest's 10-minute limit, so a live run never loses its lease. */
const LEASE_MS = 15 * 60_000;

type IngestArgs = Extract<CliArgs, { command: "ingest" }>;

/** One ingest at a time across processes: a second one logs who holds the lease and stops. */
async function runIngest(store: Store, args: IngestArgs, log: Logger): Promise<number> {
  const holder = `${hostname()}:${process.pid}`;
  const lock = await acquireIngestLock(store.db, holder, new Date(), LEASE_MS);
  if (!lock.acquired) {
    log.warn("another ingest is running; nothing done", { holder: lock.holder });
    return 0;
  }
  try {
    const ctx = await ingestContextFromEnv(store.db, log);
    const { file, timestamp } = args;
    const outcomes =
      file || timestamp
        ? [
            await ingestBitnodes(ctx, {
              ...(file ? { file } : {}),
              ...(timestamp ? { timestamp } : {}),
            }),
          ]
        : await ingestTargets(ctx, args.targets);
    return outcomes.every((o) => o.ok) ? 0 : 1;
  } finally {
    await releaseIngestLock(store.db, holder);
  }
}

async function runImport(store: Store, file: string, log: Logger): Promise<number> {
  try {
    log.info("import finished", { file, ...(await importReportedCsv(store.db, file)) });
    return 0;
  } catch (error) {
    if (!(error instanceof CsvImportError)) throw error;
    log.error("import refused; nothing written", { file, problems: error.problems });
    return 2;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const log = createLogger({ tty: process.stderr.isTTY === true });
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const { store } = await prepareStoreFromEnv();
  try {
    return args.command === "import"
      ? await runImport(store, args.file, log)
      : await runIngest(store, args, log);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`atlas: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
