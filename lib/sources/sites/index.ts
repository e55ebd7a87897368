import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { monthEndExclusive } from "../../analytics/month";
import { replaceSiteFacts, type SiteFactRow } from "../../store/evidence";
import { currentIngestId, ingestId, insertIngest } from "../../store/ingests";
import type { Db } from "../../store/schema";
import { recordSourceSuccess, type SourceDescription, upsertSource } from "../../store/sources";
import { sourceFacts } from "../catalog";
import type { SiteFact } from "./fact";
import { parseSitesCsv } from "./parse";

export const SITES_SOURCE_ID = "sites";

/** Who stands behind the file: our transcription, with the publisher and URL of every row. */
export const SITES_SOURCE: SourceDescription = {
  id: SITES_SOURCE_ID,
  name: "Known mining sites (dated facts)",
  publisher:
    "Hashrate Atlas, transcribed from company filings and releases and the press (source URL per fact)",
  url: "https://github.com/hashrate-atlas",
  licence:
    "Facts quoted from public pages, each with its source URL; the transcription is shared with the project's code (MIT)",
  attribution: "Known mining sites, transcribed by Hashrate Atlas from the pages named per fact",
  notes: [
    "A map of disclosure, not of hashrate: listed companies and English-language press dominate; private, Chinese-owned and illegal mining is largely invisible.",
    "Coordinates are locality, region or country centroids (coord_precision), never facility locations.",
    "MW mixes contracted, interconnection, nameplate and energized capacity (each fact's note says which); announced MW are plans and are never summed with built capacity.",
    "Several sites moved to AI/HPC hosting; their MW is not mining MW after the conversion.",
  ],
};

export function toSiteFactRow(
  f: SiteFact,
  sourceId: string,
  ingest: string,
): Omit<SiteFactRow, never> {
  return {
    source_id: sourceId,
    line: f.line,
    site_id: f.siteId,
    operator: f.operator,
    name: f.name,
    country: f.country,
    locality: f.locality,
    lat: f.lat,
    lon: f.lon,
    precision: f.precision,
    capacity_mw: f.capacityMw,
    hashrate_ehs: f.hashrateEhs,
    status: f.status,
    as_of: f.asOf,
    first_energized: f.firstEnergized,
    ended: f.ended,
    source_kind: f.sourceKind,
    source_url: f.sourceUrl,
    source_date: f.sourceDate,
    note: f.note,
    ingest_id: ingest,
  };
}

export function fromSiteFactRow(r: SiteFactRow): SiteFact {
  return {
    siteId: r.site_id,
    operator: r.operator,
    name: r.name,
    country: r.country,
    locality: r.locality,
    lat: r.lat,
    lon: r.lon,
    precision: r.precision,
    capacityMw: r.capacity_mw,
    hashrateEhs: r.hashrate_ehs,
    status: r.status,
    asOf: r.as_of,
    firstEnergized: r.first_energized,
    ended: r.ended,
    sourceKind: r.source_kind,
    sourceUrl: r.source_url,
    sourceDate: r.source_date,
    note: r.note,
    line: r.line,
  };
}

export interface EvidenceImportResult {
  changed: boolean;
  rows: number;
  sha256: string;
}

/**
 * Stores a validated version of the sites file, replacing the one stored, inside the caller's
 * transaction. The same content (by hash) as what is stored now writes nothing.
 */
export async function storeSiteFacts(
  db: Db,
  facts: readonly SiteFact[],
  sha256: string,
  upstreamUrl: string,
  at: string,
): Promise<EvidenceImportResult> {
  await upsertSource(db, SITES_SOURCE, sourceFacts(SITES_SOURCE_ID));
  const id = ingestId(SITES_SOURCE_ID, sha256);
  if ((await currentIngestId(db, "site_facts", SITES_SOURCE_ID)) === id)
    return { changed: false, rows: 0, sha256 };
  await insertIngest(db, {
    sourceId: SITES_SOURCE_ID,
    fetchedAt: at,
    upstreamUrl,
    contentSha256: sha256,
    recordCount: facts.length,
  });
  await replaceSiteFacts(
    db,
    SITES_SOURCE_ID,
    facts.map((f) => toSiteFactRow(f, SITES_SOURCE_ID, id)),
  );
  const newest = facts
    .map((f) => f.asOf)
    .filter((m): m is string => m !== null)
    .sort()
    .at(-1);
  await recordSourceSuccess(db, SITES_SOURCE_ID, at, newest ? monthEndExclusive(newest) : null);
  return { changed: true, rows: facts.length, sha256 };
}

/**
 * `atlas import sites FILE.csv`: every row validated first (CsvImportError names each bad line;
 * nothing is written), then the stored version replaced in one transaction.
 */
export async function importSitesCsv(
  db: Db,
  path: string,
  now = new Date(),
): Promise<EvidenceImportResult> {
  const bytes = await readFile(path);
  const facts = parseSitesCsv(bytes.toString("utf8"));
  const sha = createHash("sha256").update(bytes).digest("hex");
  return db
    .transaction()
    .execute((trx) => storeSiteFacts(trx, facts, sha, `file:${path}`, now.toISOString()));
}
