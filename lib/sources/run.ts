import { createHash } from "node:crypto";
import type { Env } from "../env";
import type { IngestContext } from "../ingest/context";
import { type IngestOutcome, runSource } from "../ingest/run";
import {
  type FetchedBatch,
  type RecordBatch,
  recordNothingNew,
  type Written,
  writeBatch,
} from "../ingest/write";
import type { Db } from "../store/schema";
import { inTransaction } from "../store/transaction";
import { CsvImportError } from "./csv-records";
import type { LiveIngest, SourceContract, SourceDefinition } from "./definition";
import { decodeUtf8, readImportFile } from "./import-file";
import { fileImportOf, SOURCES, sourceContract } from "./registry";

/** A source may only store the kinds of records it declares (its definition's `records`). */
export function assertDeclared(contract: SourceContract, sourceId: string, batch: RecordBatch) {
  if (!contract.records.includes(batch.kind))
    throw new Error(
      `source "${sourceId}" returned ${batch.kind} records but declares only ${contract.records.join(", ")}`,
    );
}

/** Stores one batch a live source fetched, in its own transaction. */
export function storeFetched(
  db: Db,
  source: SourceDefinition,
  fetched: FetchedBatch,
  now: string,
): Promise<Written> {
  const batch = { ...fetched, source } as RecordBatch;
  assertDeclared(source, source.id, batch);
  return inTransaction(db, (trx) => writeBatch(trx, batch, "live", now));
}

/**
 * Runs one source's ingest (`fetch`: its declared one, or the same with an operator's options):
 * each batch it yields is stored before the next is fetched, so a failure leaves what was stored
 * before it. Offline, a source that needs the network is skipped, not failed: offline is a
 * choice, and health keeps showing the data's real age instead.
 */
export function ingestSource(
  ctx: IngestContext,
  source: SourceDefinition,
  fetch: LiveIngest["fetch"] | undefined = source.ingest?.fetch,
  /**
   * Skip it when offline: scheduled and `ingest <target>` runs of a source that needs the
   * network. False for an explicit fetch (`atlas ingest bitnodes --file|--timestamp`): a file is
   * read offline, and a request is refused by the fetch itself with a clear error.
   */
  skipWhenOffline = source.ingest?.needsNetwork ?? true,
): Promise<IngestOutcome> {
  if (!source.ingest || !fetch) throw new Error(`source "${source.id}" has no ingest`);
  if (ctx.offline && skipWhenOffline) {
    ctx.log.info("skipped: outbound fetches disabled (ATLAS_OFFLINE=1)", { source: source.id });
    return Promise.resolve({ source: source.id, ok: true, changed: false, records: 0 });
  }
  const unavailable = source.ingest.unavailable?.(ctx) ?? null;
  if (unavailable) {
    ctx.log.info(`skipped: ${unavailable}`, { source: source.id });
    return Promise.resolve({ source: source.id, ok: true, changed: false, records: 0 });
  }
  return runSource(ctx, source, async () => {
    let changed = false;
    let records = 0;
    let batches = 0;
    for await (const fetched of fetch(ctx)) {
      batches += 1;
      const written = await storeFetched(ctx.db, source, fetched, ctx.now().toISOString());
      changed ||= written.written;
      records += written.records;
    }
    if (batches === 0) await recordNothingNew(ctx.db, source.id, ctx.now().toISOString());
    return { changed, records };
  });
}

/** Runs the sources of the given targets in registry order; one failing never stops the rest. */
export async function ingestTargets(
  ctx: IngestContext,
  targets: readonly string[],
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const source of SOURCES) {
    const target = source.ingest?.target;
    if (target && targets.includes(target)) outcomes.push(await ingestSource(ctx, source));
  }
  return outcomes;
}

interface FileImportResult {
  changed: boolean;
  /** Rows of the file written (0 when it was imported before). */
  rows: number;
  sha256: string;
  /** The sources it wrote to. */
  sources: string[];
}

/**
 * `atlas import <kind> FILE.csv`: the whole file validated first (CsvImportError names every bad
 * line, nothing is written), then all its records stored in one transaction (the caller's, when
 * `db` is one: a dry run rolls it back).
 */
export async function importFile(
  db: Db,
  kind: string,
  path: string,
  now = new Date(),
): Promise<FileImportResult> {
  const declared = fileImportOf(kind);
  const bytes = await readImportFile(path);
  const parsed = declared.parse(decodeUtf8(bytes));
  if (declared.maxRows !== undefined && parsed.rows > declared.maxRows)
    throw new CsvImportError([
      `the file has ${parsed.rows} rows; the limit for this import is ${declared.maxRows} (the real file holds a few hundred at most)`,
    ]);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    let changed = false;
    for (const p of parsed.batches) {
      const batch = { ...p, sha256, upstreamUrl: `file:${path}`, fetchedAt: at } as RecordBatch;
      assertDeclared(sourceContract(batch.source.id), batch.source.id, batch);
      changed = (await writeBatch(trx, batch, "import", at)).written || changed;
    }
    const sources = [...new Set(parsed.batches.map((b) => b.source.id))];
    return { changed, rows: changed ? parsed.rows : 0, sha256, sources };
  });
}

/** Minutes between a source's scheduled runs under these settings; 0 = not scheduled. */
function scheduledMinutes(source: SourceDefinition, e: Env): number {
  const ingest = source.ingest;
  if (!ingest || (ingest.onlyWith && !e[ingest.onlyWith])) return 0;
  return typeof ingest.every === "number" ? ingest.every : e[ingest.every];
}

/** The worker's schedule: every source with an interval, in registry order. */
export function workerSchedules(e: Env): { source: SourceDefinition; everyMs: number }[] {
  return SOURCES.flatMap((source) => {
    const minutes = scheduledMinutes(source, e);
    return minutes > 0 ? [{ source, everyMs: minutes * 60_000 }] : [];
  });
}
