import { formatDecimal } from "../core/decimal-text";
/**
 * Energy figures as average loads, with the arithmetic shown (pure, browser-safe). Energy over a
 * period is divided by that period's exact hours (a fiscal year holding 29 February has 8,784);
 * a figure stated as a yearly rate ("16 billion kWh a year") is divided by 8,760 h.
 */
import { HOURS_PER_YEAR_RATE, periodHours } from "../core/period";

/** MWh in one of each energy unit a utility's figure may be stated in (the unit's first words). */
const MWH_PER_UNIT: [RegExp, number, string][] = [
  [/^billion kWh\b/i, 1_000_000, "billion kWh"],
  [/^million kWh\b/i, 1_000, "million kWh"],
  [/^TWh\b/, 1_000_000, "TWh"],
  [/^GWh\b/, 1_000, "GWh"],
  [/^MWh\b/, 1, "MWh"],
  [/^kWh\b/, 0.001, "kWh"],
];
const YEARLY_RATE = /\b(per year|a year|per annum|\/\s?yr)\b/i;

interface EnergyUnit {
  /** MWh in one unit. */
  mwh: number;
  /** The unit as it is shown in the arithmetic ("GWh", "billion kWh"). */
  label: string;
  /** Stated as a yearly rate, not as an amount over its period. */
  yearlyRate: boolean;
}

/** The energy unit a figure's unit column starts with; null for anything that is not energy. */
export function energyUnit(unit: string): EnergyUnit | null {
  const trimmed = unit.trim();
  for (const [pattern, mwh, label] of MWH_PER_UNIT)
    if (pattern.test(trimmed)) return { mwh, label, yearlyRate: YEARLY_RATE.test(trimmed) };
  return null;
}

interface AverageLoad {
  mw: number;
  hours: number;
  /** e.g. "796.28 GWh ÷ 8,784 h = 90.65 MW". */
  arithmetic: string;
}

const grouped = (x: number) => formatDecimal(x, { maxFractionDigits: 2 });
const mwText = (x: number) => formatDecimal(x, { minFractionDigits: 2, maxFractionDigits: 2 });

/**
 * The average load an energy figure implies: over its period's exact hours, or over 8,760 h for
 * a yearly rate. Null when the figure is not an energy amount, or its period is not known.
 */
export function averageLoad(f: {
  number: number | null;
  unit: string;
  periodStart: string | null;
  periodEnd: string | null;
}): AverageLoad | null {
  const unit = energyUnit(f.unit);
  if (f.number === null || unit === null) return null;
  let hours: number;
  if (unit.yearlyRate) hours = HOURS_PER_YEAR_RATE;
  else if (f.periodStart !== null && f.periodEnd !== null)
    hours = periodHours(f.periodStart, f.periodEnd);
  else return null;
  const mw = (f.number * unit.mwh) / hours;
  const rate = unit.yearlyRate ? " a year" : "";
  return {
    mw,
    hours,
    arithmetic: `${grouped(f.number)} ${unit.label}${rate} ÷ ${grouped(hours)} h = ${mwText(mw)} MW`,
  };
}
