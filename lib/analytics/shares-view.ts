import { countryName } from "../geo/countries";
import type { Method } from "../seed/schema";
import type { Db } from "../store/schema";
import { getAllShares, getSharesForMonth } from "../store/shares";
import { listSources } from "../store/sources";
import { monthlySeries, pickMonthSeries } from "./series";
import { type SourceRef, toSourceRef } from "./source-ref";

export interface MonthIndex {
  months: string[];
  latest: string | null;
  series: { month: string; method: Method; source: string }[];
}

/** Months that have country shares, each with the method and source it is shown from. */
export async function getMonthIndex(db: Db): Promise<MonthIndex> {
  const series = monthlySeries(await getAllShares(db));
  return {
    months: series.map((s) => s.month),
    latest: series.at(-1)?.month ?? null,
    series: series.map((s) => ({ month: s.month, method: s.method, source: s.sourceId })),
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
}

/** The month's country shares from its most direct source, or null when the month has none. */
export async function getShareView(db: Db, month: string): Promise<ShareView | null> {
  const series = pickMonthSeries(await getSharesForMonth(db, month));
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
  };
}
