import { aggregatesOf, monthlySeries, pickMonthSeries } from "../analytics/series";
import { toSourceRef } from "../analytics/source-ref";
import { countryName } from "../geo/countries";
import type { MonthsResponse, SharesResponse } from "../responses/schemas";
import type { Db } from "../store/schema";
import { getAggregates, getAllShares, getSharesForMonth } from "../store/shares";
import { isStale, listSources } from "../store/sources";

/** The response shape, declared once (lib/responses/schemas.ts). */
type MonthIndex = MonthsResponse;

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

/** The response shape, declared once (lib/responses/schemas.ts). */
export type ShareView = SharesResponse;

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
