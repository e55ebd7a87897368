import { hasIngest, ingestId, insertIngest } from "../store/ingests";
import { saveValidators, type Validators } from "../store/requests";
import type { Db } from "../store/schema";
import {
  ensureSource,
  recordSourceSuccess,
  type SourceRecord,
  upsertSource,
} from "../store/sources";
import { RECORD_KINDS, type RecordKind, type RecordKindName, type RecordsOf } from "./record-kinds";

/** Records of one kind from one source, with where and when they were read. */
export type RecordBatch = {
  [K in RecordKindName]: {
    kind: K;
    source: SourceRecord;
    records: RecordsOf<K>;
    /** Content address of what was read (its bytes, or a canonical form of them). */
    sha256: string;
    /** Where it was read (credentials masked): a URL, `file:…`, `seed:…`, `rpc:host`, `p2p:network`. */
    upstreamUrl: string;
    /** When it was read. */
    fetchedAt: string;
    /** How far the data reaches, when the records' own dates do not say it (null: unknown). */
    dataAt?: string | null;
    /** An HTTP answer's validators per URL, remembered for the next conditional request. */
    validators?: readonly (Validators & { url: string })[];
  };
}[RecordKindName];

/** A batch without its source: what a live source's fetch yields (the runner knows the source). */
export type FetchedBatch = DistributiveOmit<RecordBatch, "source">;
/** A batch without where and when it was read: what a file's parse returns (the importer knows). */
export type ParsedBatch = DistributiveOmit<RecordBatch, "sha256" | "upstreamUrl" | "fetchedAt">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * How a batch arrived, which decides the two things that differ between arrivals:
 * - "live": a fetch. The source keeps its stored description (ensure); a fetch that found nothing
 *   new is still a success, recorded.
 * - "import": an operator's file. The description is the file's (upsert); the same file again
 *   writes nothing at all.
 * - "seed": a bundled file. As "import", but a file imported once is never imported again, even
 *   when the rows it wrote were since replaced (by an operator's newer file).
 */
export type Arrival = "live" | "import" | "seed";

export interface Written {
  /** True when this content was stored before (same ingest id): nothing but the success was written. */
  alreadyStored: boolean;
  /** Whether records were written (a node snapshot of a time already stored is not). */
  written: boolean;
  /** How many records were written (0 when none were). */
  records: number;
  ingestId: string;
}

/**
 * The one writer: stores a batch of any kind inside the caller's transaction (is it new? →
 * ingest row → records → success → validators), so a source never touches storage itself.
 */
export async function writeBatch(
  db: Db,
  batch: RecordBatch,
  arrival: Arrival,
  now: string,
): Promise<Written> {
  const kind = RECORD_KINDS[batch.kind] as RecordKind<RecordsOf<typeof batch.kind>>;
  const { source, records } = batch;
  const id = ingestId(source.id, batch.sha256);
  if (arrival === "live") await ensureSource(db, source);
  else await upsertSource(db, source);
  const stored =
    arrival === "seed" ? await hasIngest(db, id) : await kind.isStored(db, source.id, id, records);
  let written = false;
  if (!stored) {
    await insertIngest(db, {
      sourceId: source.id,
      fetchedAt: batch.fetchedAt,
      upstreamUrl: batch.upstreamUrl,
      contentSha256: batch.sha256,
      recordCount: kind.count(records),
    });
    written = await kind.store(db, source.id, id, records);
  }
  if (!stored || arrival === "live") {
    const reaches = batch.dataAt === undefined ? kind.reaches(records) : batch.dataAt;
    await recordSourceSuccess(db, source.id, now, reaches);
  }
  for (const v of batch.validators ?? []) await saveValidators(db, source.id, v.url, v);
  return {
    alreadyStored: stored,
    written,
    records: written ? kind.count(records) : 0,
    ingestId: id,
  };
}

/** A live fetch that found nothing new upstream (304 Not Modified): the check itself succeeded. */
export function recordNothingNew(db: Db, sourceId: string, now: string): Promise<void> {
  return recordSourceSuccess(db, sourceId, now, null);
}
