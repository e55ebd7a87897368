import { formatMonth } from "../core/month";
import { formatPercent } from "./format";

/** A month of the country's share series, as the country page shows it. */
export interface SeriesMonth {
  month: string;
  source: string;
  share: number | null;
  upTo: number | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "CBECI had Paraguay at 0.15% (Dec 2021)": a claim's note quoting the measured series. */
const QUOTES_CBECI =
  /\b(?:CBECI|CCAF) had [A-Z][\w ]*? at (\d+(?:\.\d+)?) ?% \(([A-Za-z]{3})[a-z]* (\d{4})\)/;

/**
 * Where a published claim quotes CBECI for a month, what the atlas's own CBECI series says for
 * that month, so the note and the share table above it never disagree without saying so.
 * Null when the note quotes no CBECI month, or the series does not cover that month.
 */
export function checkQuotedCbeci(
  note: string,
  name: string,
  series: readonly SeriesMonth[],
): string | null {
  const match = QUOTES_CBECI.exec(note);
  if (!match) return null;
  const [, quoted, mon, year] = match;
  const index = MONTHS.indexOf((mon ?? "").toLowerCase());
  if (index < 0) return null;
  const month = `${year}-${String(index + 1).padStart(2, "0")}`;
  const point = series.find((p) => p.month === month && p.source === "cbeci");
  if (!point) return null;
  const when = formatMonth(month);
  if (point.share !== null)
    return `The CBECI data this atlas uses has ${name} at ${formatPercent(point.share)} in ${when}.`;
  const bound =
    point.upTo === null ? "" : ` (somewhere between 0 and ${formatPercent(point.upTo)})`;
  return `The CBECI data this atlas uses does not name ${name} in ${when}${bound}, so the share table says “not named”: the ${quoted} % is the article's figure, from CCAF's full map, which the atlas does not hold.`;
}
