/**
 * Planning an exported animation: which months become frames, what each frame's stamp says,
 * how long each is shown and what the file is called. Pure (no DOM, no canvas) so the rules —
 * a gap stays a gap, every frame carries its source, method, date and licence — are unit-tested.
 */

import type { GlobalSouthEstimate, MonthEstimate } from "../analytics/estimate/model";
import { formatPercent } from "../analytics/format";
import { formatRange, formatTenths, type ShareRange } from "../analytics/range";
import { describeAssumptions } from "../core/assumption-params";
import type { Assumptions } from "../core/assumptions";
import { formatMonth, isMonth, monthRange } from "../core/month";
import type { Method } from "../core/schemas";
import type { SharesResponse } from "../responses/schemas";

/** How long each month is on screen: slow enough to read the stamp, fast enough to see a trend. */
export const FRAME_MS = 700;
/** The last month is held, so a looping GIF does not jump back before the end can be read. */
export const LAST_FRAME_MS = 2800;

export type ExportFormat = "gif" | "webm";

export interface PlannedFrame {
  month: string;
  /** The month shows the estimate from evidence, as the map does: drawn and labelled as estimated. */
  estimated: boolean;
  /**
   * No source covers the month and no estimate is shown for it: drawn as a gap, never filled
   * from a neighbour.
   */
  gap: boolean;
  durationMs: number;
}

/** Why a range cannot be exported, in words for the form; null when it can. */
export function rangeError(from: string, to: string): string | null {
  if (!isMonth(from) || !isMonth(to)) return "Choose a start and an end month.";
  if (from > to)
    return `The start month (${formatMonth(from)}) is after the end month (${formatMonth(to)}): choose a start at or before the end.`;
  return null;
}

/**
 * One frame per month from `from` to `to`, in order. A month the map shows the estimate for
 * (`showsEstimate`: the map's own rule) is an estimated frame; any other month without data is a
 * gap frame.
 */
export function planFrames(
  from: string,
  to: string,
  monthsWithData: ReadonlySet<string>,
  showsEstimate: (month: string) => boolean = () => false,
): PlannedFrame[] {
  const error = rangeError(from, to);
  if (error) throw new RangeError(error);
  const months = monthRange(from, to);
  return months.map((month, i) => {
    const estimated = showsEstimate(month);
    return {
      month,
      estimated,
      gap: !estimated && !monthsWithData.has(month),
      durationMs: i === months.length - 1 ? LAST_FRAME_MS : FRAME_MS,
    };
  });
}

/** `hashrate-atlas_2019-09_2022-01_unctad.gif`: the range and definition, so files sort and explain themselves. */
export function exportFilename(
  from: string,
  to: string,
  definitionId: string,
  format: ExportFormat,
): string {
  return `hashrate-atlas_${from}_${to}_${definitionId}.${format}`;
}

/** Every line of text a frame carries; the painter decides where, never what. */
export interface FrameStamp {
  month: string;
  /** "September 2019". */
  title: string;
  gap: boolean;
  method: Method | null;
  /** The map shows the estimate from evidence: ranges, each coloured by its lower end. */
  estimated: boolean;
  /** "Method: measured · coverage 100%", or why there is nothing to show. */
  methodLine: string;
  /** "Global South share (UNCTAD)". */
  globalSouthLabel: string;
  /** "23.0–42.2 %" (a range where the source leaves hashrate open), or why there is no figure. */
  globalSouthValue: string;
  /** What the range's upper end adds: hashrate no country is named for, and flagged rows. */
  unallocatedLine: string | null;
  /** "Source: CBECI Bitcoin Mining Map (country shares), Cambridge Centre … (CC BY-NC-SA 4.0)". */
  sourceLine: string | null;
  /** What the numbers are shares of, as the source states it. */
  basisLine: string | null;
  /** What the method means for reading the numbers (reported months). */
  methodNote: string | null;
  /** The rows' caveats as the source gives them, e.g. CCAF's asterisk or where a figure was quoted. */
  caveats: string[];
  /** "Hashrate Atlas · https://atlas.example.org". */
  brandLine: string;
}

export interface StampInput {
  month: string;
  /** The month's shares, or null for a gap. */
  shares: SharesResponse | null;
  /** The Global South range that month for the chosen definition, or null when there is none. */
  globalSouth: Pick<ShareRange, "low" | "high" | "unattributed" | "relocated"> | null;
  definitionName: string;
  origin: string;
}

const METHOD_NOTES: Record<Method, string | null> = {
  measured: null,
  reported:
    "Reported figures, transcribed from publications: a different method from measured data, not one series with it. Countries the publication does not name are unknown, not zero.",
};

/** "Range: up to +9.4 % not attributed to a country, +9.8 % flagged as possibly relocated". */
function rangeLine(range: NonNullable<StampInput["globalSouth"]>): string | null {
  const parts = [
    range.unattributed > 0
      ? `+${formatTenths(range.unattributed)} % not attributed to a country`
      : null,
    range.relocated > 0
      ? `+${formatTenths(range.relocated)} % flagged as possibly relocated`
      : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? `Upper end adds ${parts.join(", ")}` : null;
}

/** Named rows grouped by caveat, so "Ireland *, Germany *: CCAF asterisk: …" is one line. */
function rowCaveats(shares: SharesResponse): string[] {
  const byCaveat = new Map<string, string[]>();
  for (const row of shares.rows) {
    if (row.country === null || row.caveat === null) continue;
    byCaveat.set(row.caveat, [...(byCaveat.get(row.caveat) ?? []), row.label]);
  }
  return [...byCaveat].map(([caveat, labels]) => `${labels.join(", ")}: ${caveat}`);
}

export function frameStamp(input: StampInput): FrameStamp {
  const { month, shares } = input;
  const globalSouthLabel = `Global South share (${input.definitionName})`;
  const brandLine = `Hashrate Atlas · ${input.origin}`;
  if (shares === null) {
    return {
      month,
      title: formatMonth(month),
      gap: true,
      method: null,
      estimated: false,
      methodLine:
        "No data for this month: no measured or reported source covers it (a gap, not interpolated).",
      globalSouthLabel,
      globalSouthValue: "no data",
      unallocatedLine: null,
      sourceLine: null,
      basisLine: null,
      methodNote: null,
      caveats: [],
      brandLine,
    };
  }
  const source = shares.source;
  const range = input.globalSouth;
  return {
    month,
    title: formatMonth(month),
    gap: false,
    method: shares.method,
    estimated: false,
    methodLine: `Method: ${shares.method} · countries named for ${formatPercent(shares.coverage)} of hashrate`,
    globalSouthLabel,
    globalSouthValue: range === null ? "no figure for this month" : formatRange(range),
    unallocatedLine: range === null ? null : rangeLine(range),
    sourceLine: `Source: ${source.name}, ${source.publisher} (${source.licence})`,
    basisLine: `Basis: ${shares.basis}`,
    methodNote: METHOD_NOTES[shares.method],
    caveats: rowCaveats(shares),
    brandLine,
  };
}

export interface EstimatedStampInput {
  estimate: MonthEstimate;
  /** The Global South's range that month under the chosen definition. */
  globalSouth: GlobalSouthEstimate;
  assumptions: Assumptions;
  definitionName: string;
  origin: string;
}

/** What an evidence line is, by where it comes from. */
const EVIDENCE_WORDS: Record<
  MonthEstimate["countries"][number]["lines"][number]["source"],
  string
> = {
  regulator: "regulators' and utilities' filings",
  "public-miners": "listed miners' reports",
  sites: "disclosed mining sites",
};

/**
 * The stamp of a month that shows the estimate from evidence: labelled as estimated (a third
 * method, never measured), the Global South's range, the assumptions it rests on and the kinds of
 * evidence behind it. Every country's own lines, with sources and links, are on its page.
 */
export function estimatedStamp(input: EstimatedStampInput): FrameStamp {
  const { estimate, globalSouth: gs } = input;
  const kinds = [...new Set(estimate.countries.flatMap((c) => c.lines.map((l) => l.source)))]
    .sort()
    .map((k) => EVIDENCE_WORDS[k]);
  const network =
    estimate.networkEhs === null ? null : `network ${estimate.networkEhs.toFixed(1)} EH/s`;
  const efficiency = estimate.efficiency
    ? `efficiency ${estimate.efficiency.label}${estimate.efficiency.assumed ? ` (${estimate.efficiency.assumed})` : ""}`
    : null;
  const countries = estimate.countries.length;
  const example = estimate.countries[0]?.iso ?? null;
  return {
    month: estimate.month,
    title: formatMonth(estimate.month),
    gap: false,
    method: null,
    estimated: true,
    methodLine:
      estimate.reason ??
      `Method: estimated from evidence, not measured (${countries} ${countries === 1 ? "country" : "countries"})`,
    globalSouthLabel: `Global South (${input.definitionName}), estimated`,
    globalSouthValue:
      gs.low !== null && gs.high !== null
        ? `${formatPercent(gs.low)}–${formatPercent(gs.high)}`
        : (gs.reason ?? "no range this month"),
    unallocatedLine:
      gs.low !== null && gs.high !== null
        ? `${gs.members} ${gs.members === 1 ? "member carries" : "members carry"} evidence; the rest unknown, not 0`
        : null,
    sourceLine: `Evidence: ${kinds.length > 0 ? kinds.join("; ") : "none holds this month"}${network ? `; ${network}` : ""}${efficiency ? `; ${efficiency}` : ""}.${example ? ` Each country's lines and sources are on its page, e.g. ${input.origin}/country/${example}` : ""}`,
    basisLine: `Assumptions: ${describeAssumptions(input.assumptions)}`,
    methodNote:
      "Estimated is a third method beside measured and reported figures: ranges from evidence under the stated assumptions, never one series with them.",
    caveats: [],
    brandLine: `Hashrate Atlas · ${input.origin}`,
  };
}
