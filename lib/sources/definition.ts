import type { Env } from "../env";
import type { IngestContext } from "../ingest/context";
import type { RecordKindName } from "../ingest/record-kinds";
import type { FetchedBatch, ParsedBatch } from "../ingest/write";
import type { SourceRecord } from "../store/sources";

/**
 * The one declaration of a data source (a source is a folder plus one entry in the
 * registry). Everything that says something about a source reads it from here: the `sources`
 * table (hence /sources and /api/health), the seed's source blocks (scripts/derive), the
 * worker's schedule, the `atlas` command's targets, DATA_SOURCES.md and the contract test.
 */
export interface SourceDefinition extends SourceRecord, SourceContract {}

/**
 * Sources that share one contract but are named per publisher (`reported-<publisher>`): each
 * member's description is made when its data arrives, the rest is declared once here.
 */
export interface SourceFamily extends SourceContract {
  /** Every member's id starts with this, e.g. "reported-". */
  idPrefix: string;
  /** What the members are, for DATA_SOURCES.md. */
  name: string;
  /** The terms the members come under, in general (each member states its own). */
  licence: string;
}

/** What a source promises and how its data arrives: the same for a source and a family. */
export interface SourceContract {
  /** "archive": a finished series (never stale). "live": expected to be refreshed. */
  kind: "archive" | "live";
  /** For live sources: newest data older than this makes the source stale; null for archives. */
  staleAfterHours: number | null;
  /** What kind of evidence it is, in a sentence, for /methods (absent: /sources says it). */
  evidence?: string;
  /** How often the upstream publishes or changes, in words (DATA_SOURCES.md). */
  cadence: string;
  /**
   * The kinds of records it returns (lib/ingest/record-kinds.ts), whether fetched, imported or
   * bundled: one writer stores them all, and refuses a kind the source did not declare.
   */
  records: readonly RecordKindName[];
  /** Whether the bundled seed (data/seed/) carries data of it. */
  seeded: boolean;
  /** Fetched by the app (`atlas ingest`, the worker); absent for sources that only arrive otherwise. */
  ingest?: LiveIngest;
  /** Brought in by an operator from a file (`atlas import <kind> FILE.csv`). */
  fileImport?: FileImport;
  /** Recorded real payloads and the pure parse: the contract test keeps a golden file of each. */
  fixtures?: readonly Fixture[];
}

/** Settings of lib/env.ts that set a source's interval in minutes (0 = not scheduled). */
type IntervalSetting = Extract<keyof Env, `ATLAS_INTERVAL_${string}_MIN`>;

/** Settings of lib/env.ts that hold a source's base URL (tests point them at loopback). */
type UrlSetting = Extract<keyof Env, `ATLAS_${string}_URL`>;

export interface LiveIngest {
  /** The `atlas ingest <target>` that runs it (several sources may share one); null: not there. */
  target: string | null;
  /** The command that runs it by hand when it is not `atlas ingest <target>`. */
  usage?: string;
  /** False for sources that work without the internet (a local file); offline they still run. */
  needsNetwork: boolean;
  /** The setting that holds its upstream's URL (`ctx.urls[source id]`), when it has one. */
  url?: UrlSetting;
  /** Why it cannot run in this context (logged, skipped, not failed), or null when it can. */
  unavailable?(ctx: IngestContext): string | null;
  /**
   * Fetches and validates, yielding its records a batch at a time; each is stored (in its own
   * transaction, by lib/ingest/write.ts) before the next is fetched. Yields nothing when the
   * upstream has nothing new (304). Never touches storage itself.
   */
  fetch(ctx: IngestContext): AsyncIterable<FetchedBatch>;
  /** How often the worker runs it: a setting, or fixed minutes. */
  every: IntervalSetting | number;
  /** Scheduled only when this setting is set (e.g. the operator's node URL). */
  onlyWith?: keyof Env;
}

export interface FileImport {
  /** What `atlas import` calls these files (its `kind` argument). */
  kind: string;
  /** The command line that imports one, e.g. `atlas import sites FILE.csv`. */
  usage: string;
  /** Most rows a file may hold (the whole file is refused above it); absent: no cap of its own. */
  maxRows?: number;
  /**
   * Validates the whole file's text (a CsvImportError names every bad line) and returns its
   * records; lib/sources/run.ts stores them all in one transaction.
   */
  parse(text: string): { rows: number; batches: readonly ParsedBatch[] };
}

interface Fixture {
  /** A trimmed real upstream payload (or a constructed one, named so), repository-relative. */
  file: string;
  /** The adapter's pure parse of the file's text: the normalised records it emits. */
  parse(text: string): unknown;
}
