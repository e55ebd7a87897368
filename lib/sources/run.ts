import type { Env } from "../env";
import type { IngestContext } from "../ingest/context";
import type { IngestOutcome } from "../ingest/run";
import type { LiveIngest, SourceDefinition } from "./definition";
import { SOURCES } from "./registry";

/**
 * Runs one source's ingest (`run`: its declared one, or the same with an operator's options).
 * Offline, a source that needs the network is skipped, not failed: offline is a choice, and
 * health keeps showing the data's real age instead.
 */
export function ingestSource(
  ctx: IngestContext,
  source: SourceDefinition,
  run: LiveIngest["run"] | undefined = source.ingest?.run,
): Promise<IngestOutcome> {
  if (!source.ingest || !run) throw new Error(`source "${source.id}" has no ingest`);
  if (ctx.offline && source.ingest.needsNetwork) {
    ctx.log.info("skipped: outbound fetches disabled (ATLAS_OFFLINE=1)", { source: source.id });
    return Promise.resolve({ source: source.id, ok: true, changed: false, records: 0 });
  }
  return run(ctx);
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
