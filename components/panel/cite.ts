import { formatDate, formatPercent } from "@/lib/analytics/format";
import { formatRange } from "@/lib/analytics/range";
import { formatMonth } from "@/lib/core/month";
import type { SharesResponse } from "@/lib/responses/schemas";

export interface CiteInput {
  month: string;
  /** The view's address, month and country pinned (lib/url-state/pin.ts). */
  url: string;
  /** The selected country and its share in the month (null: the source does not name it). */
  country?: { iso: string; name: string; share: number | null } | null;
  definition: { name: string; definedBy: string };
  shares: SharesResponse | null;
  globalSouth: { low: number; high: number } | null;
  /** When the reader looked (the citation's access date). */
  accessed: Date;
}

/**
 * "Cite this": title, address, the data's date and its sources, in one paragraph a reader can
 * paste into an article or a bibliography.
 */
export function citation(c: CiteInput): string {
  const figure = c.globalSouth
    ? `Global South share ${formatRange(c.globalSouth)} (${c.definition.name})`
    : `no Global South figure (${c.definition.name})`;
  const source = c.shares?.source;
  const country = !c.country
    ? ""
    : !source
      ? ` Country: ${c.country.name} (${c.country.iso}).`
      : c.country.share === null
        ? ` ${c.country.name} (${c.country.iso}): not named by the source, its share unknown.`
        : ` ${c.country.name} (${c.country.iso}): ${formatPercent(c.country.share)} of hashrate.`;
  const data = source
    ? `Data: ${source.name}, published by ${source.publisher}${source.dataAsOf ? `, data up to ${formatDate(source.dataAsOf)}` : ""}; method: ${c.shares?.method}; licence: ${sentence(source.licence)}`
    : "Data: no measured or reported source covers this month.";
  return [
    `Hashrate Atlas, “Bitcoin hashrate by country, ${formatMonth(c.month)}”: ${figure}.${country}`,
    `${c.url}.`,
    data,
    `Global South definition: ${c.definition.name}, by ${c.definition.definedBy}.`,
    `Accessed ${formatDate(c.accessed.toISOString())}.`,
  ].join(" ");
}

/** A clause ended by exactly one full stop: licences that end in "." must not read "…attribution..". */
function sentence(text: string): string {
  return `${text.trim().replace(/\.+$/, "")}.`;
}
