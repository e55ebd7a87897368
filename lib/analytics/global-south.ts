import type { Definition } from "../geo/definition-schema";
import type { Method } from "../seed/schema";
import type { Db } from "../store/schema";
import { getAllShares } from "../store/shares";
import { groupShare, monthlySeries } from "./series";

export interface GlobalSouthPoint {
  month: string;
  /** Σ shares of member countries, a fraction of total hashrate. */
  share: number;
  /** Fraction of hashrate attributed to a named country that month; the rest is unknown. */
  coverage: number;
  method: Method;
  source: string;
}

/** The Global South share for every month with data, under one definition. */
export async function getGlobalSouthSeries(
  db: Db,
  definition: Definition,
): Promise<GlobalSouthPoint[]> {
  const members = new Set(definition.members);
  return monthlySeries(await getAllShares(db)).map((s) => ({
    month: s.month,
    share: groupShare(s, members),
    coverage: s.coverage,
    method: s.method,
    source: s.sourceId,
  }));
}
