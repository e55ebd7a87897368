import { countryName } from "../../geo/countries";
import type { Finding } from "../../store/alerts";
import type { SourceRow } from "../../store/schema";
import { isStale } from "../../store/sources";
import type { RuleParams } from "../rules";
import { pct } from "./wording";

interface SnapshotCounts {
  id: string;
  sourceId: string;
  takenAt: string;
  countries: Record<string, number>;
}

export interface PoolWindow {
  sourceId: string;
  periodStart: string;
  periodEnd: string;
  pools: { slug: string; name: string; share: number; blocks: number }[];
}

type NodeParams = Extract<RuleParams, { kind: "node_count_change" }>;
type PoolParams = Extract<RuleParams, { kind: "pool_share_threshold" }>;
type StaleParams = Extract<RuleParams, { kind: "source_stale" }>;

/** Country node counts between consecutive snapshots of the same source (never across sources). */
export function detectNodeCountChanges(
  ruleId: string,
  params: NodeParams,
  snapshots: readonly SnapshotCounts[],
): Finding[] {
  const sorted = [...snapshots].sort(
    (a, b) => a.sourceId.localeCompare(b.sourceId) || a.takenAt.localeCompare(b.takenAt),
  );
  const findings: Finding[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const [before, after] = [sorted[i - 1], sorted[i]];
    if (!before || !after || before.sourceId !== after.sourceId) continue;
    const countries = new Set([...Object.keys(before.countries), ...Object.keys(after.countries)]);
    for (const country of [...countries].sort()) {
      const [a, b] = [before.countries[country] ?? 0, after.countries[country] ?? 0];
      if (Math.max(a, b) < params.minNodes) continue;
      const changePct = a === 0 ? Number.POSITIVE_INFINITY : ((b - a) / a) * 100;
      if (Math.abs(changePct) < params.thresholdPct) continue;
      findings.push({
        ruleId,
        kind: params.kind,
        subject: country,
        period: `${before.takenAt}..${after.takenAt}`,
        title: `${countryName(country)} reachable nodes ${b >= a ? "up" : "down"} ${a === 0 ? "from zero" : `${Math.round(Math.abs(changePct))}%`}`,
        summary: `Reachable nodes located in ${countryName(country)} went from ${a} to ${b} between the ${after.sourceId} snapshots of ${before.takenAt} and ${after.takenAt}.`,
        evidence: {
          country,
          before: { snapshot: before.id, takenAt: before.takenAt, nodes: a },
          after: { snapshot: after.id, takenAt: after.takenAt, nodes: b },
          source: after.sourceId,
        },
      });
    }
  }
  return findings;
}

/**
 * A pool crossing the threshold: at or above it in a block window after being below it in the
 * previous window of the same source. Windows slide (a new one every ingest), so "above in this
 * window" would alert every hour; a crossing is one event. The first window of a source counts
 * as a crossing only when `fullHistory` says no older window exists.
 */
export function detectPoolThreshold(
  ruleId: string,
  params: PoolParams,
  windows: readonly PoolWindow[],
  fullHistory: boolean,
): Finding[] {
  const sorted = [...windows].sort(
    (a, b) => a.sourceId.localeCompare(b.sourceId) || a.periodEnd.localeCompare(b.periodEnd),
  );
  const findings: Finding[] = [];
  sorted.forEach((w, i) => {
    const prev = sorted[i - 1]?.sourceId === w.sourceId ? sorted[i - 1] : undefined;
    if (!prev && !fullHistory) return;
    for (const p of w.pools) {
      const before = prev?.pools.find((q) => q.slug === p.slug)?.share ?? 0;
      if (p.share < params.threshold || (prev && before >= params.threshold)) continue;
      findings.push({
        ruleId,
        kind: params.kind,
        subject: p.slug,
        period: `${w.periodStart}..${w.periodEnd}`,
        title: `${p.name} mined ${pct(p.share)} of blocks (threshold ${pct(params.threshold)})`,
        summary: `${p.name} found ${p.blocks} blocks, ${pct(p.share)} of the window ${w.periodStart} – ${w.periodEnd}${prev ? `, up from ${pct(before)} in the previous window` : ""} (source ${w.sourceId}).`,
        evidence: {
          pool: p.slug,
          share: p.share,
          previousShare: prev ? before : null,
          blocks: p.blocks,
          threshold: params.threshold,
          periodStart: w.periodStart,
          periodEnd: w.periodEnd,
          source: w.sourceId,
        },
      });
    }
  });
  return findings;
}

/** A live source whose data is older than its allowance; one alert per source and data age. */
export function detectStaleSources(
  ruleId: string,
  params: StaleParams,
  sources: readonly SourceRow[],
  now: Date,
): Finding[] {
  const wanted = new Set(params.sources);
  return sources
    .filter((s) => (wanted.size === 0 || wanted.has(s.id)) && isStale(s, now))
    .map((s) => ({
      ruleId,
      kind: params.kind,
      subject: s.id,
      // Keyed by the data's age, so a source that recovers and goes stale again alerts again.
      period: `data-as-of:${s.data_as_of ?? "never"}`,
      title: `${s.name} is stale`,
      summary: `The newest ${s.name} data is from ${s.data_as_of ?? "never"}; it is expected within ${s.stale_after_hours} hours. Last error: ${s.last_error ?? "none"}.`,
      evidence: {
        source: s.id,
        dataAsOf: s.data_as_of,
        lastSuccessAt: s.last_success_at,
        lastError: s.last_error,
        staleAfterHours: s.stale_after_hours,
      },
    }));
}
