import { adapters, type IngestTarget } from "../sources/registry";
import type { IngestContext } from "./context";
import type { IngestOutcome } from "./run";

/** Runs the adapters of the given targets in registry order; one failing never stops the rest. */
export async function ingestTargets(
  ctx: IngestContext,
  targets: readonly IngestTarget[],
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const adapter of adapters) {
    if (!targets.includes(adapter.target)) continue;
    if (ctx.offline && adapter.needsNetwork) {
      // Offline is a choice, not a failure: health keeps showing the data's real age instead.
      ctx.log.info("skipped: outbound fetches disabled (ATLAS_OFFLINE=1)", { source: adapter.id });
      outcomes.push({ source: adapter.id, ok: true, changed: false, records: 0 });
      continue;
    }
    outcomes.push(await adapter.ingest(ctx));
  }
  return outcomes;
}
