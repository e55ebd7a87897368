import { groupChange } from "../../analytics/change";
import { globalSouthPoint, hasEnoughCoverage } from "../../analytics/global-south";
import { formatRange } from "../../analytics/range";
import type { MonthSeries } from "../../analytics/series";
import { addMonths, formatMonth } from "../../core/month";
import { countryName } from "../../geo/countries";
import type { Definition } from "../../geo/definition-schema";
import type { Finding } from "../../store/alerts";
import type { RuleParams } from "../rules";
import { pct, pp } from "./wording";

type GsParams = Extract<RuleParams, { kind: "global_south_change" }>;
type CountryParams = Extract<RuleParams, { kind: "country_share_change" }>;

/**
 * Pairs of adjacent calendar months shown from the same source. A change across a gap or
 * between two sources (measured → reported) is a change of method, not a shift, and is skipped.
 */
function comparableMonthPairs(series: readonly MonthSeries[]): [MonthSeries, MonthSeries][] {
  const byMonth = new Map(series.map((s) => [s.month, s]));
  const pairs: [MonthSeries, MonthSeries][] = [];
  for (const after of series) {
    const before = byMonth.get(addMonths(after.month, -1));
    if (before && before.sourceId === after.sourceId) pairs.push([before, after]);
  }
  return pairs;
}

export function detectGlobalSouthChanges(
  ruleId: string,
  params: GsParams,
  series: readonly MonthSeries[],
  definition: Definition,
): Finding[] {
  const members = new Set(definition.members);
  return comparableMonthPairs(series).flatMap(([before, after]) => {
    // Too little of either month is attributed for its Global South share to mean anything.
    if (!hasEnoughCoverage(before) || !hasEnoughCoverage(after)) return [];
    const [a, b] = [globalSouthPoint(before, members), globalSouthPoint(after, members)];
    const change = groupChange(a, b);
    // Pairs are same-source by construction; the guard keeps the type honest.
    if (change.kind !== "same-source" || Math.abs(change.value) * 100 < params.thresholdPp)
      return [];
    const among =
      change.leftOut.length > 0
        ? ` among the countries named in both months (${change.leftOut.join(", ")} named in only one, left out)`
        : "";
    // The caveats of the month the change lands in: what must be quoted with the new figure.
    const caveats = b.caveats;
    return [
      {
        ruleId,
        kind: params.kind,
        subject: definition.id,
        period: `${before.month}..${after.month}`,
        title: `Global South share ${pp(change.value)} in ${formatMonth(after.month)} (${definition.shortName})`,
        summary: `The ${definition.name} share of hashrate went from ${formatRange(a)} in ${formatMonth(before.month)} to ${formatRange(b)} in ${formatMonth(after.month)}: ${pp(change.value)}${among} (${after.method}, source ${after.sourceId}; a range runs from the members the source names up to that plus the hashrate it leaves unattributed or flags as relocated).${caveats.length > 0 ? ` Caveats for ${formatMonth(after.month)}: ${caveats.join(" ")}` : ""}`,
        evidence: {
          definition: definition.id,
          before: { month: before.month, share: a.low, low: a.low, high: a.high },
          after: { month: after.month, share: b.low, low: b.low, high: b.high },
          change: change.value,
          leftOut: change.leftOut,
          caveats,
          method: after.method,
          source: after.sourceId,
        },
      },
    ];
  });
}

export function detectCountryShareChanges(
  ruleId: string,
  params: CountryParams,
  series: readonly MonthSeries[],
): Finding[] {
  const wanted = new Set(params.countries);
  return comparableMonthPairs(series).flatMap(([before, after]) => {
    // A country the source does not name in one of the months is "not named", never 0.
    const named = (s: MonthSeries) =>
      new Map(
        s.rows
          .filter((r): r is typeof r & { country: string } => r.country !== null)
          .map((r) => [r.country, r]),
      );
    const [was, now] = [named(before), named(after)];
    return [...now.keys()]
      .filter((c) => was.has(c) && (wanted.size === 0 || wanted.has(c)))
      .sort()
      .flatMap((country): Finding[] => {
        const [a, b] = [was.get(country), now.get(country)];
        if (!a || !b || Math.abs(b.share - a.share) * 100 < params.thresholdPp) return [];
        const caveats = [...new Set([a.caveat, b.caveat].filter((c): c is string => c !== null))];
        return [
          {
            ruleId,
            kind: params.kind,
            subject: country,
            period: `${before.month}..${after.month}`,
            title: `${countryName(country)} hashrate share ${pp(b.share - a.share)} in ${formatMonth(after.month)}`,
            summary: `${countryName(country)}'s share of hashrate went from ${pct(a.share)} in ${formatMonth(before.month)} to ${pct(b.share)} in ${formatMonth(after.month)} (${after.method}, source ${after.sourceId}).${caveats.length > 0 ? ` Caveat: ${caveats.join("; ")}.` : ""}`,
            evidence: {
              country,
              before: { month: before.month, share: a.share },
              after: { month: after.month, share: b.share },
              caveats,
              method: after.method,
              source: after.sourceId,
            },
          },
        ];
      });
  });
}
