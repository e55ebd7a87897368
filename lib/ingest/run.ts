import { describeError, SourceError } from "../http/errors";
import { ensureSource, recordSourceError, type SourceRecord } from "../store/sources";
import type { IngestContext } from "./context";

export interface IngestOutcome {
  source: string;
  ok: boolean;
  /** false when the data was already stored (same content, or 304 Not Modified). */
  changed: boolean;
  records: number;
  error?: string;
}

type IngestWork = () => Promise<{ changed: boolean; records: number }>;

/**
 * Runs one source's ingest. The work writes in its own single transaction, so a failure leaves
 * the last good data in place; here the failure is recorded on the source (health turns
 * "degraded") and logged as one line. Never throws: one source failing must not stop the others.
 */
export async function runSource(
  ctx: IngestContext,
  source: SourceRecord,
  work: IngestWork,
): Promise<IngestOutcome> {
  await ensureSource(ctx.db, source);
  ctx.log.info("ingest started", { source: source.id });
  try {
    const result = await work();
    ctx.log.info("ingest finished", { source: source.id, ...result });
    return { source: source.id, ok: true, ...result };
  } catch (error) {
    const message = describeError(error);
    const kind = error instanceof SourceError ? error.kind : "internal";
    await recordSourceError(ctx.db, source.id, ctx.now().toISOString(), message);
    ctx.log.error("ingest failed; last good data kept, source marked degraded", {
      source: source.id,
      kind,
      error: message,
    });
    return { source: source.id, ok: false, changed: false, records: 0, error: message };
  }
}
