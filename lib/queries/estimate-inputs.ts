import type { EvidenceInputs, NetworkInput } from "../analytics/estimate/inputs";
import { networkMonths } from "../analytics/network-months";
import {
  listFleetEfficiency,
  listMinerFigures,
  listNetworkDays,
  listNetworkMonths,
} from "../store/estimate-inputs";
import { listRegulatorFigures, listSiteFacts } from "../store/evidence";
import type { Db } from "../store/schema";

export interface NetworkMonthView extends NetworkInput {
  /** Which source the month's value comes from. */
  source: string;
}

/**
 * Network hashrate per month: the bundled Coin Metrics months, and for any month they leave
 * without a value, the mean of the daily values a live source stored (mempool.space, the
 * operator's bitcoind), by the same 20-day rule. Never a mix of two sources within one month.
 */
export async function getNetworkMonths(db: Db): Promise<NetworkMonthView[]> {
  const [bundled, days] = await Promise.all([listNetworkMonths(db), listNetworkDays(db)]);
  const out = new Map<string, NetworkMonthView>();
  for (const b of bundled)
    out.set(b.month, { month: b.month, ehs: b.ehs, days: b.days, source: b.source_id });
  const bySource = new Map<string, { day: string; ehs: number }[]>();
  for (const d of days)
    bySource.set(d.source_id, [
      ...(bySource.get(d.source_id) ?? []),
      { day: d.day, ehs: d.avg_hashrate_ehs },
    ]);
  for (const [source, series] of [...bySource].sort(([a], [b]) => (a < b ? -1 : 1)))
    for (const m of networkMonths(series)) {
      const have = out.get(m.month);
      const better = !have || (have.ehs === null && (m.ehs !== null || m.days > have.days));
      if (better) out.set(m.month, { ...m, source });
    }
  return [...out.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Everything the evidence model reads, from the store (one read per table). */
/** The model's inputs, each network month with the source it comes from. */
export type EstimateInputsView = Omit<EvidenceInputs, "network"> & { network: NetworkMonthView[] };

export async function getEstimateInputs(db: Db): Promise<EstimateInputsView> {
  const [regulator, miners, sites, network, fleet] = await Promise.all([
    listRegulatorFigures(db),
    listMinerFigures(db),
    listSiteFacts(db),
    getNetworkMonths(db),
    listFleetEfficiency(db),
  ]);
  return {
    regulator: regulator
      .filter((r) => r.estimation_role !== "context")
      .map((r) => ({
        id: `${r.source_id}:${r.line}`,
        country: r.country,
        authority: r.authority,
        metric: r.metric,
        number: r.number,
        value: r.value,
        unit: r.unit,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        role: r.estimation_role,
        sourceUrl: r.source_url,
      })),
    miners: miners.map((m) => ({
      id: `${m.source_id}:${m.line}`,
      company: m.company,
      country: m.country,
      asOf: m.as_of,
      month: m.month,
      metric: m.metric,
      value: m.value,
      basis: m.basis,
      site: m.site,
      confidence: m.confidence,
      sourceUrl: m.source_url,
    })),
    sites: sites
      .filter((s) => s.mw_basis === "energized_load")
      .map((s) => ({
        id: `${s.source_id}:${s.line}`,
        siteId: s.site_id,
        operator: s.operator,
        country: s.country,
        month: s.as_of,
        capacityMw: s.capacity_mw,
        mwBasis: s.mw_basis,
        confidence: s.confidence,
        sourceUrl: s.source_url,
      })),
    network,
    fleet: fleet.map((f) => ({ month: f.month, low: f.low, central: f.central, high: f.high })),
  };
}
