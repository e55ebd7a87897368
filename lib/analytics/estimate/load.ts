import { formatDecimal } from "../../core/decimal-text";
/**
 * A figure's load in MW, with the arithmetic shown (pure). Power is read from the unit's first
 * word (kW, MW, GW); energy over a period is its average load (lib/analytics/energy.ts), and an
 * energy figure stated as a yearly rate is a load (÷ 8,760 h). Anything else is no load: null.
 */
import { averageLoad, energyUnit } from "../energy";

const MW_PER_POWER_UNIT: [RegExp, number][] = [
  [/^GW\b/, 1000],
  [/^MW\b/, 1],
  [/^kW\b/, 0.001],
];

const grouped = (x: number) => formatDecimal(x, { maxFractionDigits: 2 });

interface FigureLoad {
  mw: number;
  /** "796.28 GWh ÷ 8,784 h = 90.65 MW", "600 MW", "1.5 GW = 1,500 MW". */
  arithmetic: string;
  /** True for an amount of energy over its period (not a rate): it holds by middle day. */
  energyOverPeriod: boolean;
}

export function figureLoad(f: {
  number: number | null;
  unit: string;
  periodStart: string | null;
  periodEnd: string | null;
}): FigureLoad | null {
  if (f.number === null) return null;
  const unit = f.unit.trim();
  for (const [pattern, mw] of MW_PER_POWER_UNIT)
    if (pattern.test(unit)) {
      const value = f.number * mw;
      const label = unit.split(/\s/)[0];
      const arithmetic =
        mw === 1
          ? `${grouped(f.number)} MW`
          : `${grouped(f.number)} ${label} = ${grouped(value)} MW`;
      return { mw: value, arithmetic, energyOverPeriod: false };
    }
  const energy = energyUnit(unit);
  if (!energy) return null;
  const avg = averageLoad(f);
  if (!avg) return null;
  return { mw: avg.mw, arithmetic: avg.arithmetic, energyOverPeriod: !energy.yearlyRate };
}
