import { formatDecimal } from "../core/decimal-text";
/**
 * How a known site's figures read on screen (pure): the MW a fact states with what it measures,
 * and the sentences that count sites — each computed from the same data as the table under it.
 */
import { formatMonth } from "../core/month";
import type { MwBasis, SiteStatus } from "../evidence/site-fact";

const BASIS_WORDS: Record<MwBasis, string> = {
  energized_load: "used for mining",
  facility_capacity: "facility capacity",
  contracted: "contracted ceiling",
  planned: "planned",
  generation_nameplate: "power plant nameplate, not a mining load",
  unknown: "basis not stated",
};

function basisWords(basis: MwBasis): string {
  return BASIS_WORDS[basis];
}

/** "10 MW (used for mining)", "500 MW (planned)", or "MW not stated". */
export function siteMwWords(mw: number | null, basis: MwBasis | null): string {
  if (mw === null) return "MW not stated";
  return `${formatDecimal(mw)} MW (${basisWords(basis ?? "unknown")})`;
}

const ENERGIZED = new Set<SiteStatus>(["energized", "expanded"]);

/** "1 site", "2 sites", "1,200 sites": a count with its noun, singular or plural. */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatDecimal(n)} ${n === 1 ? one : many}`;

/**
 * The sentence above a country's sites table, from the same lists: how many sites the file holds,
 * how many are energized at the month (and current), how many are only planned, how many have no
 * date at all — or that the file holds none.
 */
export function countrySitesSentence(
  name: string,
  month: string,
  now: readonly { status: SiteStatus; stale: boolean; counted: boolean }[],
  undated: readonly unknown[],
): string {
  const total = now.length + undated.length;
  if (total === 0) return `The known-sites file holds no mining site in ${name}.`;
  const energized = now.filter((s) => ENERGIZED.has(s.status) && !s.stale).length;
  const stale = now.filter((s) => s.stale).length;
  const parts = [
    `${plural(energized, "site")} energized as of ${formatMonth(month)}`,
    ...(stale > 0 ? [`${plural(stale, "site")} last reported over two years ago`] : []),
    ...(undated.length > 0
      ? [`${plural(undated.length, "site")} whose facts carry no date (listed, never counted)`]
      : []),
  ];
  return `The known-sites file holds ${plural(total, "site")} in ${name}: ${parts.join("; ")}.`;
}
