/**
 * A utility's or regulator's figure as shown: dated by the period it describes, sourced, and —
 * where an energy figure implies an average load — converted in the open, with the arithmetic,
 * never silently.
 */
import { formatPeriod } from "../core/period";
import type { RegulatorFigureRow } from "../store/evidence";
import { averageLoad } from "./energy";

interface RegulatorFigureView {
  authority: string;
  period: string;
  periodStart: string | null;
  periodEnd: string | null;
  /** The period in words ("8 Jul 2023 – 7 Jul 2024"), or null when not known. */
  described: string | null;
  metric: string;
  value: string;
  number: number | null;
  unit: string;
  basis: string;
  role: RegulatorFigureRow["estimation_role"];
  asOf: string | null;
  note: string;
  source: { url: string; date: string | null };
  /** e.g. "≈ 90.65 MW average load: 796.28 GWh ÷ 8,784 h = 90.65 MW"; null when none applies. */
  conversion: string | null;
}

/**
 * Energy over a period as the average load it implies. Not for `context` figures: a plan or a
 * forecast of energy is not a load that was drawn.
 */
export function loadConversion(
  f: Pick<
    RegulatorFigureRow,
    "number" | "unit" | "period_start" | "period_end" | "estimation_role"
  >,
): string | null {
  if (f.estimation_role === "context") return null;
  const load = averageLoad({
    number: f.number,
    unit: f.unit,
    periodStart: f.period_start,
    periodEnd: f.period_end,
  });
  if (load === null) return null;
  const why =
    load.hours === 8760 && f.unit.match(/per year|a year/i)
      ? "a yearly rate"
      : `the period's ${load.hours.toLocaleString("en-US")} hours`;
  return `average load ${load.arithmetic} (our arithmetic over ${why}; the source states energy, not load)`;
}

export function toRegulatorView(r: RegulatorFigureRow): RegulatorFigureView {
  return {
    authority: r.authority,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    described: formatPeriod(r.period_start, r.period_end),
    metric: r.metric,
    value: r.value,
    number: r.number,
    unit: r.unit,
    basis: r.basis,
    role: r.estimation_role,
    asOf: r.as_of,
    note: r.note,
    source: { url: r.source_url, date: r.source_date },
    conversion: loadConversion(r),
  };
}
