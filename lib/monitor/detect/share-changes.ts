import { addMonths, formatMonth } from "../../analytics/month";
import { groupShare, type MonthSeries } from "../../analytics/series";
import { countryName } from "../../geo/countries";
import type { Definition } from "../../geo/definition-schema";
import type { RuleParams } from "../rules";
import { type Finding, pct, pp } from "./finding";

type GsParams = Extract<RuleParams, { kind: "global_south_change" }>;
type CountryParams = Extract<RuleParams, { kind: "country_share_change" }>;

/**
 * Pairs of adjacent calendar months shown from the same source. A change across a gap or
 * between two sources (measured → reported) is a change of method, not a shift, and is skipped.
 */
export function comparableMonthPairs(series: readonly MonthSeries[]): [MonthSeries, MonthSeries][] {
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
    const [a, b] = [groupShare(before, members), groupShare(after, members)];
    if (Math.abs(b - a) * 100 < params.thresholdPp) return [];
    return [
      {
        ruleId,
        kind: params.kind,
        subject: definition.id,
        period: `${before.month}..${after.month}`,
        title: `Global South share ${pp(b - a)} in ${formatMonth(after.month)} (${definition.shortName})`,
        summary: `The ${definition.name} share of hashrate went from ${pct(a)} in ${formatMonth(before.month)} to ${pct(b)} in ${formatMonth(after.month)} (${after.method}, source ${after.sourceId}).`,
        evidence: {
          definition: definition.id,
          before: { month: before.month, share: a },
          after: { month: after.month, share: b },
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
    const shareOf = (s: MonthSeries, c: string) => s.rows.find((r) => r.country === c)?.share ?? 0;
    const countries = new Set(
      [...before.rows, ...after.rows].map((r) => r.country).filter((c): c is string => c !== null),
    );
    return [...countries]
      .filter((c) => wanted.size === 0 || wanted.has(c))
      .sort()
      .flatMap((country): Finding[] => {
        const [a, b] = [shareOf(before, country), shareOf(after, country)];
        if (Math.abs(b - a) * 100 < params.thresholdPp) return [];
        return [
          {
            ruleId,
            kind: params.kind,
            subject: country,
            period: `${before.month}..${after.month}`,
            title: `${countryName(country)} hashrate share ${pp(b - a)} in ${formatMonth(after.month)}`,
            summary: `${countryName(country)}'s share of hashrate went from ${pct(a)} in ${formatMonth(before.month)} to ${pct(b)} in ${formatMonth(after.month)} (${after.method}, source ${after.sourceId}).`,
            evidence: {
              country,
              before: { month: before.month, share: a },
              after: { month: after.month, share: b },
              method: after.method,
              source: after.sourceId,
            },
          },
        ];
      });
  });
}
