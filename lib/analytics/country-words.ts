/**
 * The sentences at the top of a country's page, each computed from the same data as the tables
 * under it (pure), so none can say more — or less — than they do.
 */
import { formatMonth } from "../core/month";
import { formatPercent } from "./format";
import { formatTenths } from "./range";

interface SeriesMonth {
  month: string;
  method: string;
  share: number | null;
  upTo: number | null;
  boundedBy: string | null;
}

/** "(3 of low confidence)", "(all of low confidence)", or "". */
function lowConfidence(claims: readonly { confidence: string }[]): string {
  const low = claims.filter((c) => c.confidence === "low").length;
  if (low === 0) return "";
  return ` (${low === claims.length && low > 1 ? "all" : low} of low confidence)`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What the page can say of the country's share: its latest named share; or that no month of the
 * share series names it — with the published claims that do, and the tightest bound a month's
 * source puts on it ("at most 2.2 % in November 2023: all of Africa").
 */
export function countryHeadline(
  name: string,
  series: readonly SeriesMonth[],
  claims: readonly { confidence: string; share: number | null; hashrateEhs: number | null }[],
): string {
  const latest = series.findLast((m) => m.share !== null);
  if (latest?.share != null)
    return `Latest named share: ${formatPercent(latest.share)} in ${formatMonth(latest.month)} (${latest.method}).`;
  const parts = [`No measured or reported month names ${name}'s share.`];
  const withFigure = claims.filter((c) => c.share !== null || c.hashrateEhs !== null);
  if (withFigure.length > 0)
    parts.push(
      `${count(withFigure.length, "published claim")} give a figure for it${lowConfidence(withFigure)}, listed below.`,
    );
  const bound = series
    .filter((m) => m.boundedBy !== null && m.upTo !== null)
    .sort((a, b) => (a.upTo ?? 1) - (b.upTo ?? 1))[0];
  if (bound?.upTo != null)
    parts.push(
      `In ${formatMonth(bound.month)} its source puts it at no more than ${formatTenths(bound.upTo)} %: all of ${bound.boundedBy}.`,
    );
  return parts.join(" ");
}
