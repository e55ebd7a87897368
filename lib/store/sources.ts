import { redactSecrets } from "../http/redact";
import type { Db, SourceRow } from "./schema";

/**
 * What the `sources` table holds about a source besides its health: who publishes it under
 * which terms (shown on /sources and next to every number), and its contract — archive or live,
 * and how old a live source's data may get. lib/sources/ declares one per source.
 */
export interface SourceRecord {
  id: string;
  name: string;
  publisher: string;
  url: string;
  licence: string;
  licenceUrl?: string | undefined;
  attribution: string;
  /** Free-text caveats a reader must know. */
  notes: readonly string[];
  /** "archive": a finished series (never stale). "live": expected to be refreshed. */
  kind: "archive" | "live";
  /** For live sources: newest data older than this makes /api/health report the source stale. */
  staleAfterHours: number | null;
}

/** The contract columns: archive or live, and the staleness allowance. */
function contractColumns(source: SourceRecord) {
  return { kind: source.kind, stale_after_hours: source.staleAfterHours };
}

/** A source's descriptive columns (everything but its id and health fields). */
function describedColumns(source: SourceRecord) {
  return {
    name: source.name,
    publisher: source.publisher,
    url: source.url,
    licence: source.licence,
    licence_url: source.licenceUrl ?? null,
    attribution: source.attribution,
    notes: JSON.stringify(source.notes),
    ...contractColumns(source),
  };
}

/** Inserts or refreshes a source's descriptive fields; keeps its health fields. */
export async function upsertSource(db: Db, source: SourceRecord): Promise<void> {
  const described = describedColumns(source);
  await db
    .insertInto("sources")
    .values({ id: source.id, ...described })
    .onConflict((oc) => oc.column("id").doUpdateSet(described))
    .execute();
}

/**
 * Adds a source that is not described yet. An existing description (e.g. the seed's, with the
 * notes on how the bundled file was made) is left as it is, so the seed and a live adapter do
 * not overwrite each other; the contract (kind, staleness allowance) is the declaration's.
 */
export async function ensureSource(db: Db, source: SourceRecord): Promise<void> {
  await db
    .insertInto("sources")
    .values({ id: source.id, ...describedColumns(source) })
    .onConflict((oc) => oc.column("id").doUpdateSet(contractColumns(source)))
    .execute();
}

export async function recordSourceSuccess(
  db: Db,
  id: string,
  at: string,
  dataAsOf: string | null,
): Promise<void> {
  const row = await db
    .selectFrom("sources")
    .select("data_as_of")
    .where("id", "=", id)
    .executeTakeFirst();
  // Data age only moves forward: re-importing an older file must not make a source look older.
  const newest = [row?.data_as_of ?? null, dataAsOf]
    .filter((v): v is string => v !== null)
    .sort()
    .at(-1);
  await db
    .updateTable("sources")
    .set({ last_success_at: at, data_as_of: newest ?? null })
    .where("id", "=", id)
    .execute();
}

/**
 * Every source; `last_error` with credentials masked — rows written before errors were
 * redacted at the source may still hold some, and everything that reads this serves it.
 */
export async function listSources(db: Db): Promise<SourceRow[]> {
  const rows = await db.selectFrom("sources").selectAll().orderBy("id").execute();
  return rows.map((r) => (r.last_error ? { ...r, last_error: redactSecrets(r.last_error) } : r));
}

/**
 * A live source whose newest data is older than its allowance is stale; archives never are.
 * Data without a date of its own (a registry list) ages from when we last fetched it.
 */
export function isStale(source: SourceRow, now: Date): boolean {
  if (source.kind !== "live" || source.stale_after_hours === null) return false;
  const reference = source.data_as_of ?? source.last_success_at;
  if (!reference) return true;
  const ageHours = (now.getTime() - Date.parse(reference)) / 3_600_000;
  return ageHours > source.stale_after_hours;
}

/**
 * Marks a failed ingest. Data and `last_success_at` are left alone: the last good data keeps
 * serving, and /api/health reports the source degraded while the error is newer than the success.
 */
export async function recordSourceError(
  db: Db,
  id: string,
  at: string,
  message: string,
): Promise<void> {
  await db
    .updateTable("sources")
    .set({ last_error_at: at, last_error: redactSecrets(message).slice(0, 500) })
    .where("id", "=", id)
    .execute();
}
