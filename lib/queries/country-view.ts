import { capacitySeries } from "../analytics/capacity-series";
import { roundShare, unnamedCountryHigh } from "../analytics/range";
import { toRegulatorView } from "../analytics/regulator-view";
import { aggregatesOf, monthlySeries } from "../analytics/series";
import { SITE_HORIZON_MONTHS, sitesAtMonth } from "../analytics/site-state";
import { toSourceRef } from "../analytics/source-ref";
import { currentMonth } from "../core/month";
import { formatPeriod } from "../core/period";
import { placedAtPublication } from "../evidence/claim";
import { REGULATOR_SOURCE_ID } from "../evidence/regulator-figure";
import { fromSiteFactRow, SITES_SOURCE_ID } from "../evidence/site-fact";
import { countryName } from "../geo/countries";
import type { CountryEvidenceResponse, CountryHistoryResponse } from "../responses/schemas";
import { listClaims, listRegulatorFigures, listSiteFacts } from "../store/evidence";
import { getNodeCountHistory } from "../store/nodes";
import { listLocatedPoolServers } from "../store/pools";
import type { Db } from "../store/schema";
import { getAggregates, getAllShares } from "../store/shares";
import { listSources } from "../store/sources";
import { listUndatedSites } from "./sites-view";
import { cachedView } from "./view-cache";

/** The response shape, declared once (lib/responses/schemas.ts). */
type CountryHistory = CountryHistoryResponse;

/** The response shape, declared once (lib/responses/schemas.ts). */
type CountryEvidence = CountryEvidenceResponse;

/** Where the bundled published claims come from (scripts/derive/evidence.ts). */
const CLAIMS_SOURCE_ID = "published-estimates";

/** Where pool server locations come from (data/pool-locations.csv, resolved at ingest). */
const POOL_LOCATIONS_SOURCE = "pool-locations";

function getCountryEvidence(db: Db, iso2: string, now: Date): Promise<CountryEvidence> {
  const month = currentMonth(now);
  return cachedView(db, "country-evidence", `${iso2}|${month}`, () =>
    computeCountryEvidence(db, iso2, month),
  );
}

async function computeCountryEvidence(
  db: Db,
  iso2: string,
  month: string,
): Promise<CountryEvidence> {
  const [regulator, claims, siteRows] = await Promise.all([
    listRegulatorFigures(db, iso2),
    listClaims(db, iso2),
    listSiteFacts(db, iso2),
  ]);
  const facts = siteRows.map(fromSiteFactRow);
  const byDate = (a: string | null, b: string | null) => (a ?? "9999").localeCompare(b ?? "9999");
  return {
    regulator: regulator
      .map(toRegulatorView)
      .sort(
        (a, b) =>
          byDate(a.periodStart ?? a.periodEnd, b.periodStart ?? b.periodEnd) ||
          byDate(a.asOf, b.asOf),
      ),
    claims: claims
      .map((c) => ({
        publisher: c.publisher,
        product: c.product,
        period: c.period,
        periodStart: c.period_start,
        periodEnd: c.period_end,
        described: formatPeriod(c.period_start, c.period_end),
        month: c.month,
        placedAtPublication: placedAtPublication({
          month: c.month,
          periodStart: c.period_start,
          periodEnd: c.period_end,
        }),
        share: c.share,
        shareBasis: c.share_basis,
        hashrateEhs: c.hashrate_ehs,
        confidence: c.confidence,
        urls: c.urls.split(" ").filter((u) => u !== ""),
        notes: c.notes,
      }))
      .sort(
        (a, b) =>
          byDate(a.periodStart ?? a.month, b.periodStart ?? b.month) ||
          a.period.localeCompare(b.period),
      ),
    sites: {
      month,
      horizonMonths: SITE_HORIZON_MONTHS,
      now: sitesAtMonth(facts, month),
      undated: listUndatedSites(facts).map(({ id, name, facts }) => ({ id, name, facts })),
      capacity: capacitySeries(facts, null, month),
    },
  };
}

/** A country's share of hashrate month by month (one source per month), its nodes, pool servers and evidence. */
export async function getCountryHistory(
  db: Db,
  iso2: string,
  now = new Date(),
): Promise<CountryHistory> {
  const [shares, aggregates, nodes, allServers, sources, evidence] = await Promise.all([
    getAllShares(db),
    getAggregates(db),
    getNodeCountHistory(db, iso2),
    listLocatedPoolServers(db),
    listSources(db),
    getCountryEvidence(db, iso2, now),
  ]);
  const months = monthlySeries(shares);
  const servers = allServers.filter((s) => s.country === iso2);
  const used = new Set([
    ...months.map((s) => s.sourceId),
    ...nodes.map((n) => n.sourceId),
    ...(servers.length > 0 ? [POOL_LOCATIONS_SOURCE] : []),
    ...(evidence.regulator.length > 0 ? [REGULATOR_SOURCE_ID] : []),
    ...(evidence.claims.length > 0 ? [CLAIMS_SOURCE_ID] : []),
    ...(evidence.sites.capacity.length > 0 || evidence.sites.now.length > 0
      ? [SITES_SOURCE_ID]
      : []),
  ]);
  return {
    country: iso2,
    name: countryName(iso2),
    series: months.map((s) => {
      const row = s.rows.find((r) => r.country === iso2);
      const bound = row ? null : unnamedCountryHigh(s.rows, aggregatesOf(aggregates, s), iso2);
      return {
        month: s.month,
        method: s.method,
        source: s.sourceId,
        share: row?.share ?? null,
        unattributed: roundShare(1 - s.coverage),
        upTo: bound?.high ?? null,
        boundedBy: bound?.boundedBy ?? null,
        caveat: row?.caveat ?? null,
      };
    }),
    nodes: nodes.map((n) => ({
      takenAt: n.takenAt,
      source: n.sourceId,
      count: n.count,
      total: n.total,
    })),
    servers,
    sources: sources.filter((s) => used.has(s.id)).map(toSourceRef),
    evidence,
  };
}
