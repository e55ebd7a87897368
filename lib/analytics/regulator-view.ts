/**
 * A utility's or regulator's figure as shown: dated, sourced, and — where a conversion helps
 * reading it — converted in the open, with the arithmetic, never silently.
 */
import type { RegulatorFigureRow } from "../store/evidence";

export interface RegulatorFigureView {
  authority: string;
  period: string;
  metric: string;
  value: string;
  number: number | null;
  unit: string;
  basis: string;
  asOf: string | null;
  note: string;
  source: { url: string; date: string | null };
  /** e.g. "≈ 90.9 MW average load: 796.28 GWh ÷ 8,760 h in a year"; null when none applies. */
  conversion: string | null;
}

const HOURS_PER_YEAR = 8760;
const ONE_DECIMAL = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
/** A fiscal year ("FY2023/24") or a calendar year ("2024"): a period one year long. */
const YEAR_LONG = /\bFY\s?\d{2,4}|^\d{4}$/i;

/** GWh over a year → the average MW it implies; only for year-long periods, with the sum shown. */
export function annualAverageLoad(f: Pick<RegulatorFigureRow, "number" | "unit" | "period">) {
  if (f.number === null || f.unit !== "GWh" || !YEAR_LONG.test(f.period.trim())) return null;
  const mw = (f.number * 1000) / HOURS_PER_YEAR;
  return `≈ ${ONE_DECIMAL.format(mw)} MW average load: ${f.number.toLocaleString("en-US")} GWh ÷ ${HOURS_PER_YEAR.toLocaleString("en-US")} h in a year (our arithmetic; the utility states energy, not load)`;
}

export function toRegulatorView(r: RegulatorFigureRow): RegulatorFigureView {
  return {
    authority: r.authority,
    period: r.period,
    metric: r.metric,
    value: r.value,
    number: r.number,
    unit: r.unit,
    basis: r.basis,
    asOf: r.as_of,
    note: r.note,
    source: { url: r.source_url, date: r.source_date },
    conversion: annualAverageLoad(r),
  };
}
