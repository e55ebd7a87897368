import { aggregatesOf, monthlySeries, pickMonthSeries } from "../analytics/series";
import { type SourceRef, toSourceRef } from "../analytics/source-ref";
import type { Method } from "../core/schemas";
import { countryName } from "../geo/countries";
import type { Db } from "../store/schema";
import { getAggregates, getAllShares, getSharesForMonth } from "../store/shares";
import { isStale, listSources } from "../store/sources";

export interface MonthIndex {
  months: string[];
  latest: string | null;
  series: { month: string; method: Method; source: string }[];
  /**
   * The newest month's country data and where it comes from. `live` only while that source is a
   * live feed within its expected cadence: an archive or a published estimate is never "live".
   */
  newest: {
    month: string;
    method: Method;
    source: { id: string; name: string; publisher: string };
    live: boolean;
  } | null;
}

/** Months that have country shares, each with the method and source it is shown from. */
export async function getMonthIndex(db: Db, now = new Date()): Promise<MonthIndex> {
  const [series, sources] = await Promise.all([
    getAllShares(db).then(monthlySeries),
    listSources(db),
  ]);
  const last = series.at(-1);
  const source = last ? sources.find((s) => s.id === last.sourceId) : undefined;
  return {
    months: series.map((s) => s.month),
    latest: last?.month ?? null,
    series: series.map((s) => ({ month: s.month, method: s.method, source: s.sourceId })),
    newest:
      last && source
        ? {
            month: last.month,
            method: last.method,
            source: { id: source.id, name: source.name, publisher: source.publisher },
            live: source.kind === "live" && !isStale(source, now),
          }
        : null,
  };
}

export interface ShareViewRow {
  country: string | null;
  name: string;
  label: string;
  share: number;
  method: Method;
  source: string;
  caveat: string | null;
}

export interface ShareView {
  month: string;
  method: Method;
  basis: string;
  coverage: number;
  source: SourceRef;
  rows: ShareViewRow[];
  /** The source's group figures for the month: they bound ranges, and are never split. */
  aggregates: { label: string; members: string[]; share: number; caveat: string | null }[];
}

/** The month's country shares from its most direct source, or null when the month has none. */
export async function getShareView(db: Db, month: string): Promise<ShareView | null> {
  const [rows, aggregates] = await Promise.all([
    getSharesForMonth(db, month),
    getAggregates(db, month),
  ]);
  const series = pickMonthSeries(rows);
  if (!series) return null;
  const source = (await listSources(db)).find((s) => s.id === series.sourceId);
  if (!source) throw new Error(`Shares reference unknown source ${series.sourceId}`);
  return {
    month,
    method: series.method,
    basis: series.basis,
    coverage: series.coverage,
    source: toSourceRef(source),
    rows: series.rows.map((r) => ({
      country: r.country,
      name: r.country ? countryName(r.country) : r.label,
      label: r.label,
      share: r.share,
      method: r.method,
      source: r.sourceId,
      caveat: r.caveat,
    })),
    aggregates: aggregatesOf(aggregates, series).map(({ label, members, share, caveat }) => ({
      label,
      members,
      share,
      caveat,
    })),
  };
}
