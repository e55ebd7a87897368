import { metricWords, periodWords, valueWords } from "../../analytics/regulator-words";
import { siteMwWords } from "../../analytics/site-words";
import { formatMonth } from "../../core/month";
import { countryName } from "../../geo/countries";
import type { Finding } from "../../store/alerts";
import type { RegulatorFigureRow, SiteFactRow } from "../../store/evidence";
import type { RuleParams } from "../rules";

type SiteParams = Extract<RuleParams, { kind: "site_status" }>;
type RegulatorParams = Extract<RuleParams, { kind: "regulator_figure" }>;

/** The countries a rule watches: its list plus a definition's members; none of either = all. */
export function watched(
  params: { countries: readonly string[] },
  members: readonly string[] | null,
): (country: string) => boolean {
  const set = new Set([...params.countries, ...(members ?? [])]);
  return set.size === 0 ? () => true : (c) => set.has(c);
}

const STATUS_WORDS: Record<SiteFactRow["status"], string> = {
  announced: "announced",
  under_construction: "under construction",
  energized: "energized",
  expanded: "expanded",
  closed: "closed",
  sold: "sold",
};

/**
 * A dated fact about a known site in a watched country with a watched status (e.g. a site
 * energized or closed). Undated facts never alert: they cannot be placed in time; nor do facts of
 * low confidence, as low-confidence claims do not. One alert per fact, however often detection runs.
 */
export function detectSiteFacts(
  ruleId: string,
  params: SiteParams,
  facts: readonly SiteFactRow[],
  isWatched: (country: string) => boolean,
): Finding[] {
  const statuses = new Set(params.statuses);
  return facts
    .filter(
      (f) =>
        f.as_of !== null &&
        f.confidence !== "low" &&
        statuses.has(f.status) &&
        isWatched(f.country),
    )
    .map((f) => {
      const mw =
        f.capacity_mw === null
          ? ", MW not stated"
          : `, ${siteMwWords(f.capacity_mw, f.mw_basis)} as disclosed`;
      const ehs = f.hashrate_ehs === null ? "" : `, ${f.hashrate_ehs} EH/s`;
      return {
        ruleId,
        kind: params.kind,
        subject: f.site_id,
        period: `${f.status}@${f.as_of}`,
        title: `${f.operator}: ${f.name} ${STATUS_WORDS[f.status]} (${countryName(f.country)}, ${formatMonth(f.as_of as string)})`,
        summary: `${f.operator}'s ${f.name} in ${f.locality}, ${countryName(f.country)}, is ${STATUS_WORDS[f.status]} as of ${formatMonth(f.as_of as string)}${mw}${ehs} (${f.source_kind}: ${f.source_url}). A disclosed site, not a share of hashrate.`,
        evidence: {
          site: f.site_id,
          country: f.country,
          status: f.status,
          asOf: f.as_of,
          capacityMw: f.capacity_mw,
          mwBasis: f.mw_basis,
          hashrateEhs: f.hashrate_ehs,
          source: f.source_id,
          url: f.source_url,
        },
      };
    });
}

/** A figure from a watched country's utility or regulator; one alert per figure. */
export function detectRegulatorFigures(
  ruleId: string,
  params: RegulatorParams,
  figures: readonly RegulatorFigureRow[],
  isWatched: (country: string) => boolean,
): Finding[] {
  return figures
    .filter((f) => isWatched(f.country))
    .map((f) => ({
      ruleId,
      kind: params.kind,
      subject: `${f.country}:${f.metric}`,
      period: `${f.period}|${f.value}`,
      title: `${f.authority}: ${metricWords(f.metric)}: ${valueWords(f.value, f.unit)}${f.period === f.value ? "" : ` (${f.period})`}`,
      summary: `${f.authority} (${countryName(f.country)}) — ${metricWords(f.metric)}: ${[valueWords(f.value, f.unit), periodWords(f.period, f.value)].filter((w) => w !== "").join(" ")}; ${f.basis}${f.source_date ? `, published ${f.source_date}` : ""} (${f.source_url}). A utility's or regulator's figure, not a share of hashrate.`,
      evidence: {
        country: f.country,
        authority: f.authority,
        metric: f.metric,
        period: f.period,
        value: f.value,
        unit: f.unit,
        source: f.source_id,
        url: f.source_url,
      },
    }));
}
