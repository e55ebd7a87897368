import { poolConcentration } from "../../analytics/concentration";
import { newestWindowByMonth } from "../../analytics/pool-months";
import { addMonths, formatMonth } from "../../core/month";
import type { Finding } from "../../store/alerts";
import type { RuleParams } from "../rules";
import type { PoolWindow } from "./other-changes";

type NakamotoParams = Extract<RuleParams, { kind: "nakamoto_change" }>;

/**
 * The Nakamoto coefficient moving between two adjacent months: each month's block window chosen
 * by the one rule (`newestWindowByMonth`), compared only when both months come from the same
 * source — a change of source is not a change of the network. Months with no coefficient (named
 * pools hold half or less) are not compared.
 */
export function detectNakamotoChanges(
  ruleId: string,
  params: NakamotoParams,
  windows: readonly PoolWindow[],
): Finding[] {
  const byMonth = newestWindowByMonth(windows);
  const findings: Finding[] = [];
  for (const [month, w] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const prevMonth = addMonths(month, -1);
    const prev = byMonth.get(prevMonth);
    if (!prev || prev.sourceId !== w.sourceId) continue;
    const before = poolConcentration(prev.pools).nakamoto;
    const after = poolConcentration(w.pools).nakamoto;
    if (before === null || after === null || Math.abs(after - before) < params.minChange) continue;
    findings.push({
      ruleId,
      kind: params.kind,
      subject: "network",
      period: month,
      title: `Nakamoto coefficient ${before} → ${after} in ${formatMonth(month)}`,
      summary: `The fewest pools holding over half of the month's blocks: ${after} in ${formatMonth(month)}, ${before} in ${formatMonth(prevMonth)} (source ${w.sourceId}, block counts; a share of blocks estimates a share of hashrate).`,
      evidence: {
        month,
        previousMonth: prevMonth,
        nakamoto: after,
        previousNakamoto: before,
        periodStart: w.periodStart,
        periodEnd: w.periodEnd,
        source: w.sourceId,
      },
    });
  }
  return findings;
}
