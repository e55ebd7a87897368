import ipaddr from "ipaddr.js";
import { z } from "zod";

/**
 * The only reader of `process.env`. Everything configurable is declared here, validated once,
 * and documented in lib/env-docs.ts, from which `npm run env-doc` writes
 * `.env.example` and docs/configuration.md.
 */
/** "1"/"true" → true; unset, "0", "false" or "" → false. */
const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** "10.0.0.0/8", "::1" or "2001:db8::/32". */
function isCidrOrIp(value: string): boolean {
  if (ipaddr.isValid(value)) return true;
  try {
    ipaddr.parseCIDR(value);
    return true;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  /** `postgres://…` selects PostgreSQL; unset means the embedded SQLite file below. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Path of the embedded SQLite database (created on first start). */
  ATLAS_DB_PATH: z.string().min(1).default("./var/atlas.db"),
  /** Directory with the committed seed files imported into an empty store. */
  ATLAS_SEED_DIR: z.string().min(1).default("./data/seed"),
  /** How long `/api/health` waits for the database before it reports it as down. */
  ATLAS_DB_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** Bearer token for admin endpoints (rules, webhooks). Unset = those endpoints are disabled. */
  ADMIN_TOKEN: z.string().min(16, "ADMIN_TOKEN must be at least 16 characters").optional(),
  /** "1" lets webhooks target private/loopback addresses (tests, private networks only). */
  ATLAS_ALLOW_PRIVATE_WEBHOOKS: flag,
  /**
   * "1" when a reverse proxy sets X-Forwarded-For: rate limits then apply per client address.
   * Only peers in ATLAS_TRUSTED_PROXIES count as that proxy (default: this machine, loopback).
   */
  ATLAS_TRUST_PROXY: flag,
  /**
   * The reverse proxies' addresses (comma-separated IPs or CIDRs, e.g. `10.0.0.0/8,::1`): only
   * forwarded headers from a peer in these count. Setting it implies ATLAS_TRUST_PROXY=1.
   */
  ATLAS_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((c) => c.trim())
        .filter((c) => c.length > 0),
    )
    .refine((list) => list.every(isCidrOrIp), "must be comma-separated IPs or CIDRs"),
  /** A request's headers must arrive within this many ms (slowloris), checked every second. */
  ATLAS_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(10_000),
  /** A whole request must arrive within this many ms. */
  ATLAS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Open connections the server holds in total; more are closed at once. */
  ATLAS_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(2048),
  /** Open connections one client (IPv4 address, IPv6 /64) may hold; trusted proxies are exempt. */
  ATLAS_MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(1).default(64),
  /** New snapshots one client may create per rolling 24 h. */
  ATLAS_SNAPSHOTS_PER_CLIENT_DAY: z.coerce.number().int().min(1).default(200),
  /** Snapshots the database may hold in total; creation is refused beyond it. */
  ATLAS_SNAPSHOTS_MAX: z.coerce.number().int().min(1).default(100_000),
  /** New snapshots all clients together may create per rolling hour (429 beyond). */
  ATLAS_SNAPSHOTS_PER_HOUR: z.coerce.number().int().min(1).default(1000),
  /**
   * Encrypts webhook signing secrets at rest (AES-256-GCM, key derived from this value). Keep it
   * out of the database and its backups; changing it makes stored secrets unusable.
   */
  ATLAS_SECRET_KEY: z
    .string()
    .min(32, "ATLAS_SECRET_KEY must be at least 32 characters")
    .optional(),
  /** Public base URL of this instance: absolute links (preview cards, the Atom feed) use it. */
  ATLAS_PUBLIC_URL: z.url().optional(),
  /**
   * Without ATLAS_PUBLIC_URL: the Host header values (comma-separated names, or name:port) that
   * may be used for absolute links; loopback names always may. Any other Host gets none.
   */
  ATLAS_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h.length > 0),
    ),
  /**
   * "1" disables every outbound fetch (HTTP and DNS); the app serves what it has. Unset: the
   * install's stored setting (lib/store/settings.ts), which `npm start` records from this.
   */
  ATLAS_OFFLINE: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true")),
  /** Bitnodes API base URL (an operator's mirror, or a loopback server in tests). */
  ATLAS_BITNODES_URL: z.url().default("https://bitnodes.io"),
  /** Anonymous Bitnodes requests allowed per rolling 24 h (Bitnodes allows ~50). */
  ATLAS_BITNODES_DAILY_BUDGET: z.coerce.number().int().min(0).default(40),
  /** mempool.space (or a self-hosted mempool) base URL. */
  ATLAS_MEMPOOL_URL: z.url().default("https://mempool.space"),
  /** Pool registry in the bitcoin-data/mining-pools `pool-list.json` format. */
  ATLAS_POOL_REGISTRY_URL: z
    .url()
    .default(
      "https://raw.githubusercontent.com/bitcoin-data/mining-pools/generated/pool-list.json",
    ),
  /** Curated pool stratum endpoints, resolved by DNS at ingest. */
  ATLAS_POOL_LOCATIONS_FILE: z.string().min(1).default("./data/pool-locations.csv"),
  /** A MaxMind-format city database (e.g. GeoLite2-City.mmdb) instead of the bundled DB-IP Lite. */
  ATLAS_GEOIP_CITY: z.string().min(1).optional(),
  /** Your own Bitcoin Core node's RPC (http://host:8332); unset = that source is skipped. */
  ATLAS_BITCOIND_URL: z.url().optional(),
  /** Path of the node's `.cookie` file (preferred), or user and password below. */
  ATLAS_BITCOIND_COOKIE: z.string().min(1).optional(),
  ATLAS_BITCOIND_USER: z.string().min(1).optional(),
  ATLAS_BITCOIND_PASSWORD: z.string().optional(),
  /** Per-request timeout for upstream HTTP, ms. */
  ATLAS_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Run the scheduled worker inside `npm start` ("1"/"0"); default: on for SQLite, off for PostgreSQL. */
  ATLAS_WORKER: z.enum(["0", "1", "true", "false"]).optional(),
  /** Minutes between scheduled ingests of each source (Bitnodes: mind its ~50 requests/day). */
  ATLAS_INTERVAL_BITNODES_MIN: z.coerce.number().int().min(60).default(360),
  ATLAS_INTERVAL_MEMPOOL_MIN: z.coerce.number().int().min(5).default(60),
  ATLAS_INTERVAL_POOLS_MIN: z.coerce.number().int().min(60).default(1440),
  /** Minutes between our own P2P crawls; 0 turns the scheduled crawl off. */
  ATLAS_INTERVAL_CRAWL_MIN: z.coerce
    .number()
    .int()
    .refine((v) => v === 0 || v >= 60, "0 (off) or at least 60")
    .default(1440),
  /** Seconds between worker passes (webhook retries are checked every pass). */
  ATLAS_WORKER_TICK_SECONDS: z.coerce.number().int().min(1).default(30),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().optional(),
  /**
   * Optional raster tiles under the bundled country shapes, e.g. an operator's own tile server
   * (`https://tiles.example.org/{z}/{x}/{y}.png`). Unset: no tiles, no third-party requests.
   * Its origin must also be allowed by the CSP (lib/http/security-headers.js reads the same variable).
   */
  NEXT_PUBLIC_TILE_URL: z.url().optional(),
});

export type Env = z.infer<typeof envSchema>;
export type EnvName = keyof typeof envSchema.shape;
export const ENV_NAMES = Object.keys(envSchema.shape) as EnvName[];

/** A setting's default as it would be written in the environment, or null when it has none. */
export function envDefault(name: EnvName): string | null {
  const parsed = envSchema.shape[name].safeParse(undefined);
  if (!parsed.success) return null;
  const value: unknown = parsed.data;
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number" || (typeof value === "string" && value !== ""))
    return String(value);
  return null;
}

let cached: Env | undefined;

/** Parsed configuration; throws one readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
