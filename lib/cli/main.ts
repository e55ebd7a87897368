/**
 * `npm run atlas -- …`: the operator's command. Exit code 0 when every requested source
 * succeeded, 1 when any failed (its last good data stays and /api/health says degraded), 2 on a
 * usage or input error.
 */
import { ingestTargets } from "../ingest/all";
import { ingestContextFromEnv } from "../ingest/from-env";
import { ingestBitnodes } from "../sources/bitnodes";
import { importReportedCsv } from "../sources/reported-csv";
import { CsvImportError } from "../sources/reported-csv/parse";
import { prepareStoreFromEnv } from "../store/prepare";
import { parseArgs } from "./args";
import { createLogger } from "./log";

async function main(argv: readonly string[]): Promise<number> {
  const log = createLogger({ tty: process.stderr.isTTY === true });
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const { store } = await prepareStoreFromEnv();
  try {
    if (args.command === "import") {
      const result = await importReportedCsv(store.db, args.file);
      log.info("import finished", { file: args.file, ...result });
      return 0;
    }
    const ctx = await ingestContextFromEnv(store.db, log);
    const outcomes = args.file
      ? [await ingestBitnodes(ctx, { file: args.file })]
      : await ingestTargets(ctx, args.targets);
    return outcomes.every((o) => o.ok) ? 0 : 1;
  } catch (error) {
    if (error instanceof CsvImportError) {
      log.error("import refused", { file: args.file, problems: error.problems });
      return 2;
    }
    throw error;
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
