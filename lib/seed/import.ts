import { monthEndExclusive } from "../core/month";
import { newestMonthEnd } from "../sources/evidence-version";
import { toMinerRow } from "../sources/public-miners";
import { claimMonth, toClaimRow } from "../sources/published-estimates";
import { sourceContract } from "../sources/registry";
import { toRegulatorRow } from "../sources/regulator";
import { toSiteFactRow } from "../sources/sites";
import {
  replaceFleetEfficiency,
  replaceMinerFigures,
  replaceNetworkMonths,
} from "../store/estimate-inputs";
import { replaceClaims, replaceRegulatorFigures, replaceSiteFacts } from "../store/evidence";
import { hasIngest, ingestId, insertIngest } from "../store/ingests";
import { replaceCountryMonths } from "../store/node-country-months";
import { insertNodeSnapshot } from "../store/nodes";
import { insertPoolWindow, type PoolWindowInput } from "../store/pool-history";
import { replacePoolServers } from "../store/pool-servers";
import { upsertPools } from "../store/pools";
import type { Db } from "../store/schema";
import { insertAggregates, replaceSourceMonths, upsertShares } from "../store/shares";
import { recordSourceSuccess, upsertSource } from "../store/sources";
import type { SeedBundle } from "./load";
import type { SeedPoolHistoryFile, SeedSource } from "./schema";

type Claim = (
  source: SeedSource,
  file: string,
  sha256: string,
  records: number,
) => Promise<string | null>;

async function importPoolData(
  trx: Db,
  bundle: SeedBundle,
  claim: Claim,
  at: string,
): Promise<void> {
  for (const { file, sha256, data } of bundle.poolShares) {
    const id = await claim(data.source, file, sha256, data.rows.length);
    if (!id) continue;
    const periodEnd = new Date(data.window.periodEnd).toISOString();
    await insertPoolWindow(trx, data.source.id, id, {
      periodStart: new Date(data.window.periodStart).toISOString(),
      periodEnd,
      rows: data.rows,
    });
    await recordSourceSuccess(trx, data.source.id, at, periodEnd);
  }
  for (const { file, sha256, data } of bundle.poolHistory) {
    const id = await claim(data.source, file, sha256, data.months.length);
    if (!id) continue;
    for (const m of data.months) await insertPoolWindow(trx, data.source.id, id, monthWindow(m));
    const last = data.months
      .map((m) => m.month)
      .sort()
      .at(-1);
    await recordSourceSuccess(trx, data.source.id, at, last ? monthEndExclusive(last) : null);
  }
  for (const { file, sha256, data } of bundle.poolServers) {
    const id = await claim(data.source, file, sha256, data.rows.length);
    if (!id) continue;
    await replacePoolServers(
      trx,
      data.source.id,
      id,
      data.rows.map((r) => ({
        pool_slug: r.pool,
        host: r.host,
        port: r.port,
        claimed_region: r.claimedRegion,
        ip: null,
        lat: null,
        lon: null,
        country: r.country,
        located_by: r.locatedBy,
        source_url: r.sourceUrl,
        resolved_at: at,
      })),
    );
    await recordSourceSuccess(trx, data.source.id, at, null);
  }
}

/** A month of the pool history as one block window [month start, next month start). */
function monthWindow(m: SeedPoolHistoryFile["months"][number]): PoolWindowInput {
  return {
    periodStart: `${m.month}-01T00:00:00.000Z`,
    periodEnd: monthEndExclusive(m.month),
    rows: m.rows.map(([slug, blocks]) => ({
      slug,
      blocks,
      share: Math.round((blocks / m.blocks) * 1e9) / 1e9,
    })),
  };
}

/** Evidence that is not a share: sites, regulators' figures, published claims. */
async function importEvidence(trx: Db, bundle: SeedBundle, claim: Claim, at: string) {
  for (const { file, sha256, data } of bundle.sites) {
    const id = await claim(data.source, file, sha256, data.rows.length);
    if (!id) continue;
    await replaceSiteFacts(
      trx,
      data.source.id,
      data.rows.map((f) => toSiteFactRow(f, data.source.id, id)),
    );
    await recordSourceSuccess(trx, data.source.id, at, newestMonthEnd(data.rows));
  }
  for (const { file, sha256, data } of bundle.regulator) {
    const id = await claim(data.source, file, sha256, data.rows.length);
    if (!id) continue;
    await replaceRegulatorFigures(
      trx,
      data.source.id,
      data.rows.map((f) => toRegulatorRow(f, data.source.id, id)),
    );
    await recordSourceSuccess(trx, data.source.id, at, newestMonthEnd(data.rows));
  }
  for (const { file, sha256, data } of bundle.claims) {
    const id = await claim(data.source, file, sha256, data.rows.length);
    if (!id) continue;
    await replaceClaims(
      trx,
      data.source.id,
      data.rows.map((c) => toClaimRow(c, data.source.id, id)),
    );
    await recordSourceSuccess(
      trx,
      data.source.id,
      at,
      newestMonthEnd(data.rows.map((c) => ({ asOf: claimMonth(c) }))),
    );
  }
}

/** What the evidence model reads besides evidence: network months, the efficiency band, miners. */
async function importEstimateInputs(trx: Db, bundle: SeedBundle, claim: Claim, at: string) {
  for (const { file, sha256, data } of bundle.network) {
    const id = await claim(data.source, file, sha256, data.rows.length);
    if (!id) continue;
    await replaceNetworkMonths(
      trx,
      data.source.id,
      data.rows.map((r) => ({ source_id: data.source.id, ...r, ingest_id: id })),
    );
    await recordSourceSuccess(trx, data.source.id, at, newestMonthEnd(rowsWithDays(data.rows)));
  }
  for (const { file, sha256, data } of bundle.fleet) {
    const id = await claim(data.source, file, sha256, data.rows.length);
    if (!id) continue;
    await replaceFleetEfficiency(
      trx,
      data.source.id,
      data.rows.map((r) => ({ source_id: data.source.id, ...r, ingest_id: id })),
    );
    await recordSourceSuccess(
      trx,
      data.source.id,
      at,
      newestMonthEnd(data.rows.map((r) => ({ asOf: r.month }))),
    );
  }
  for (const { file, sha256, data } of bundle.miners) {
    const id = await claim(data.source, file, sha256, data.rows.length);
    if (!id) continue;
    await replaceMinerFigures(
      trx,
      data.source.id,
      data.rows.map((f) => toMinerRow(f, data.source.id, id)),
    );
    await recordSourceSuccess(
      trx,
      data.source.id,
      at,
      newestMonthEnd(data.rows.map((r) => ({ asOf: r.month }))),
    );
  }
}

/** Months that hold a value (a month with too few days reaches no further than the last one). */
function rowsWithDays(rows: readonly { month: string; ehs: number | null }[]) {
  return rows.filter((r) => r.ehs !== null).map((r) => ({ asOf: r.month }));
}

export interface SeedImportResult {
  imported: string[];
  skipped: string[];
}

/**
 * Imports a validated seed bundle in ONE transaction. Each file becomes an ingest keyed by its
 * content hash, so a file already imported is skipped: starting twice changes nothing.
 */
export async function importSeed(
  db: Db,
  bundle: SeedBundle,
  now = new Date(),
): Promise<SeedImportResult> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const result: SeedImportResult = { imported: [], skipped: [] };
    const claim = async (source: SeedSource, file: string, sha256: string, records: number) => {
      const id = ingestId(source.id, sha256);
      const { kind, staleAfterHours } = sourceContract(source.id);
      await upsertSource(trx, { ...source, kind, staleAfterHours });
      if (await hasIngest(trx, id)) {
        result.skipped.push(file);
        return null;
      }
      result.imported.push(file);
      return insertIngest(trx, {
        sourceId: source.id,
        fetchedAt: at,
        upstreamUrl: `seed:${file.split("/").slice(-2).join("/")}`,
        contentSha256: sha256,
        recordCount: records,
      });
    };

    for (const { file, sha256, data } of bundle.shares) {
      const id = await claim(data.source, file, sha256, data.rows.length);
      if (!id) continue;
      // A seed file is its source's whole content: a month it no longer holds goes.
      await replaceSourceMonths(trx, data.source.id, "all");
      await insertAggregates(
        trx,
        id,
        (data.aggregates ?? []).map((a) => ({ ...a, sourceId: data.source.id })),
      );
      await upsertShares(
        trx,
        data.rows.map((r) => ({
          source_id: data.source.id,
          month: r.month,
          label: r.label,
          country: r.country,
          share: r.share,
          hashrate_ehs: r.hashrateEhs,
          method: data.method,
          basis: data.basis,
          caveat: r.caveat,
          ingest_id: id,
        })),
      );
      const lastMonth = data.rows
        .map((r) => r.month)
        .sort()
        .at(-1);
      await recordSourceSuccess(
        trx,
        data.source.id,
        at,
        lastMonth ? monthEndExclusive(lastMonth) : null,
      );
    }

    for (const { file, sha256, data } of bundle.nodes) {
      const id = await claim(data.source, file, sha256, data.snapshot.total);
      if (!id) continue;
      await insertNodeSnapshot(
        trx,
        {
          sourceId: data.source.id,
          takenAt: new Date(data.snapshot.takenAt).toISOString(),
          total: data.snapshot.total,
          latestHeight: data.snapshot.latestHeight,
          locationPrecision: data.locationPrecision,
          unlocated: data.snapshot.unlocated,
          countries: data.countries,
          locations: data.locations,
        },
        id,
      );
      await recordSourceSuccess(
        trx,
        data.source.id,
        at,
        new Date(data.snapshot.takenAt).toISOString(),
      );
    }

    for (const { file, sha256, data } of bundle.nodeCountries) {
      const id = await claim(data.source, file, sha256, data.months.length);
      if (!id) continue;
      await replaceCountryMonths(trx, data.source.id, id, data.months);
      const last = data.months.at(-1)?.lastSample;
      await recordSourceSuccess(
        trx,
        data.source.id,
        at,
        last ? new Date(last).toISOString() : null,
      );
    }

    for (const { file, sha256, data } of bundle.pools) {
      const id = await claim(data.source, file, sha256, data.pools.length);
      if (!id) continue;
      await upsertPools(trx, data.source.id, id, data.pools);
      await recordSourceSuccess(trx, data.source.id, at, null);
    }
    await importPoolData(trx, bundle, claim, at);
    await importEvidence(trx, bundle, claim, at);
    await importEstimateInputs(trx, bundle, claim, at);
    return result;
  });
}
