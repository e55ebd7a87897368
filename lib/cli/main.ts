/**
 * `npm run atlas -- …`: the operator's command. Exit code 0 when every requested source
 * succeeded (or another ingest already holds the lock), 1 when any failed (its last good data
 * stays and /api/health says degraded), 2 on a usage or input error.
 */
import { hostname } from "node:os";
import { prepareStoreFromEnv } from "../bootstrap/prepare";
import { describeError } from "../http/errors";
import type { Logger } from "../ingest/context";
import { afterIngest, deliverWebhooks } from "../monitor/after-ingest";
import { detectShifts, SUMMARY_AFTER } from "../monitor/detect-shifts";
import { bitnodesSource, fetchBitnodes } from "../sources/bitnodes";
import { CsvImportError } from "../sources/csv-records";
import { importFile, ingestSource, ingestTargets } from "../sources/run";
import type { Store } from "../store/db";
import { withIngestLock } from "../store/ingest-lock";
import { type CliArgs, parseArgs } from "./args";
import { runCrawlCommand } from "./crawl";
import { ingestContextFromEnv } from "./ingest-context";
import { createLogger } from "./log";
import { runWorker } from "./worker";

/**
 * SQLite lease length: longer than the slowest pass (a 10-minute crawl plus every source's
 * retries). A holder that dies on this host is taken over at once anyway (ingest-lock.ts).
 */
const LEASE_MS = 2 * 3_600_000;

type IngestArgs = Extract<CliArgs, { command: "ingest" }>;

/** One ingest at a time across processes: a second one logs who holds the lock and stops. */
async function withLock(store: Store, log: Logger, work: () => Promise<number>): Promise<number> {
  const outcome = await withIngestLock(store, `${hostname()}:${process.pid}`, LEASE_MS, work);
  if (outcome.acquired) return outcome.value;
  log.warn("another ingest is running; nothing done", { holder: outcome.holder });
  return 0;
}

function runIngest(store: Store, args: IngestArgs, log: Logger): Promise<number> {
  return withLock(store, log, async () => {
    const ctx = await ingestContextFromEnv(store.db, log);
    const { file, timestamp } = args;
    const outcomes =
      file || timestamp
        ? [
            await ingestSource(
              ctx,
              bitnodesSource,
              (c) =>
                fetchBitnodes(c, {
                  ...(file ? { file } : {}),
                  ...(timestamp ? { timestamp } : {}),
                }),
              false,
            ),
          ]
        : await ingestTargets(ctx, args.targets);
    await afterIngest(store.db, log);
    return outcomes.every((o) => o.ok) ? 0 : 1;
  });
}

type ImportArgs = Extract<CliArgs, { command: "import" }>;

/** Thrown to roll a dry run's transaction back once it has counted what it would do. */
class DryRun extends Error {}

async function runImport(store: Store, args: ImportArgs, log: Logger): Promise<number> {
  const { kind, file } = args;
  try {
    if (args.dryRun) return await dryRunImport(store, args, log);
    log.info("import finished", { kind, file, ...(await importFile(store.db, kind, file)) });
    await afterIngest(store.db, log);
    return 0;
  } catch (error) {
    if (!(error instanceof CsvImportError)) throw error;
    log.error("import refused; nothing written", { file, problems: error.problems });
    return 2;
  }
}

/**
 * `import … --dry-run`: the import and its shift detection run in one transaction that is then
 * rolled back, so the counts are exactly what the import would do, and nothing is written.
 */
async function dryRunImport(store: Store, { kind, file }: ImportArgs, log: Logger) {
  let report: Record<string, unknown> = {};
  try {
    await store.db.transaction().execute(async (trx) => {
      const result = await importFile(trx, kind, file);
      const { created } = await detectShifts(trx);
      report = {
        ...result,
        alerts: created.length,
        webhooks:
          created.length > SUMMARY_AFTER
            ? `one summary alert for each hook following more than ${SUMMARY_AFTER} of them`
            : "one delivery per alert and subscribed hook",
      };
      throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  log.info("dry run: the file is valid; nothing was written", { kind, file, ...report });
  return 0;
}

/**
 * A command's work, then — with `--deliver` only — the webhook deliveries it queued (outside
 * the ingest lock). Without it the worker sends them on its next pass, and an offline install
 * holds them either way.
 */
async function withDeliveries(
  store: Store,
  log: Logger,
  deliver: boolean,
  work: Promise<number>,
): Promise<number> {
  const code = await work;
  if (deliver) await deliverWebhooks(store.db, log);
  return code;
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
  if (process.send && args.command !== "worker") {
    // Started by `npm start` (the background ingest): end with it, whatever killed it. An
    // ingest cut short leaves nothing half-written (one transaction per source).
    process.once("disconnect", () => process.exit(1));
    process.channel?.unref();
  }
  const { store } = await prepareStoreFromEnv();
  try {
    switch (args.command) {
      case "import":
        return await withDeliveries(store, log, args.deliver, runImport(store, args, log));
      case "ingest":
        return await withDeliveries(store, log, args.deliver, runIngest(store, args, log));
      case "crawl": {
        const crawl = withLock(store, log, async () => {
          const code = await runCrawlCommand(store, args, log);
          await afterIngest(store.db, log);
          return code;
        });
        return await withDeliveries(store, log, args.deliver, crawl);
      }
      case "worker":
        return await runWorker(store, log);
    }
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`atlas: ${describeError(error)}`);
    process.exit(1);
  },
);
