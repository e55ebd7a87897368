import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { redactUrl } from "../http/redact";
import { migrationProvider } from "./migrations";
import type { Database } from "./schema";

type Dialect = "sqlite" | "postgres";

export type StoreConfig =
  | { dialect: "sqlite"; path: string }
  | {
      dialect: "postgres";
      url: string;
      /** Give up connecting after this long, so a down server fails fast instead of hanging. */
      connectTimeoutMs: number;
    };

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, without credentials (for logs and /api/health). */
  location: string;
  close(): Promise<void>;
}

/** Thrown when the database cannot be opened or reached; `message` is safe to show a user. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}

/** The database is chosen once, here, from the configuration. */
export function storeConfigFrom(opts: {
  DATABASE_URL?: string | undefined;
  ATLAS_DB_PATH: string;
  ATLAS_DB_TIMEOUT_MS: number;
}): StoreConfig {
  if (opts.DATABASE_URL) {
    return {
      dialect: "postgres",
      url: opts.DATABASE_URL,
      connectTimeoutMs: opts.ATLAS_DB_TIMEOUT_MS,
    };
  }
  return { dialect: "sqlite", path: opts.ATLAS_DB_PATH };
}

/** Opens the store and proves it answers a query; does not migrate. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const store = config.dialect === "sqlite" ? openSqlite(config.path) : openPostgres(config);
  try {
    await sql`select 1`.execute(store.db);
  } catch (error) {
    await store.close().catch(() => {});
    throw new StoreUnavailableError(
      `Cannot reach the database at ${store.location}: ${reason(error)}`,
    );
  }
  return store;
}

function openSqlite(path: string): Store {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let database: SQLite.Database;
  try {
    database = new SQLite(path);
  } catch (error) {
    throw new StoreUnavailableError(`Cannot open SQLite database ${path}: ${reason(error)}`);
  }
  // WAL lets the app read while an ingest writes; the busy timeout turns a brief lock into a
  // short wait instead of an immediate SQLITE_BUSY error.
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 5000");
  database.pragma("foreign_keys = ON");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: "sqlite", location: path, close: () => db.destroy() };
}

function openPostgres(config: Extract<StoreConfig, { dialect: "postgres" }>): Store {
  const pool = new pg.Pool({
    connectionString: config.url,
    connectionTimeoutMillis: config.connectTimeoutMs,
    max: 10,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", location: redactUrl(config.url), close: () => db.destroy() };
}

/** Brings the schema to the newest version; safe to run from several processes at once. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new StoreUnavailableError(`Database migration failed: ${reason(error)}`);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(reason).join("; ");
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
