import {
  choosePoolEvidence,
  type MonthPoolEvidence,
  newestWindowByMonth,
  weeklyEvidenceByMonth,
  windowEvidence,
} from "../analytics/pool-months";
import { listWeeklyShares } from "../store/pool-history";
import { getWindowShares, listPoolWindowKeys } from "../store/pools";
import type { Db } from "../store/schema";

/**
 * Each month's pool evidence, by the one rule in lib/analytics/pool-months.ts: the month's newest
 * block-count window, else the mean of its weeks of hashrate shares; never both. Only the chosen
 * windows' rows are read (an hourly ingest stores a new sliding window every hour).
 */
export async function getMonthlyPoolEvidence(db: Db): Promise<MonthPoolEvidence[]> {
  const newest = newestWindowByMonth(await listPoolWindowKeys(db));
  const blocks = new Map<string, MonthPoolEvidence>();
  for (const w of newest.values()) {
    const e = windowEvidence(w, await getWindowShares(db, w));
    blocks.set(e.month, e);
  }
  return choosePoolEvidence(blocks, weeklyEvidenceByMonth(await listWeeklyShares(db)));
}
