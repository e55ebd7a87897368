import type { EnvName } from "./env";

/**
 * What every setting in lib/env.ts means, for `.env.example` and docs/configuration.md (both
 * written by `npm run env-doc`, and checked against this by scripts/env-doc/env-doc.test.ts).
 * Keyed by the schema's own names, so a setting added there without a line here fails to compile.
 */
export interface EnvDoc {
  group: EnvGroup;
  /** One or two sentences: what it does and when to set it. */
  about: string;
  /** The default in words where the value alone would mislead (computed, or "unset: …"). */
  defaultText?: string;
  /** A value to show in `.env.example` when there is no default to show. */
  example?: string;
}

export const ENV_GROUPS = [
  "Storage",
  "Server",
  "Sharing and its limits",
  "Admin API and webhooks",
  "Live data",
  "Worker",
  "Your own Bitcoin Core node",
  "Map",
] as const;
type EnvGroup = (typeof ENV_GROUPS)[number];

export const ENV_DOCS = {
  DATABASE_URL: {
    group: "Storage",
    about:
      "`postgres://…` selects PostgreSQL (needed for several app instances behind a load balancer).",
    defaultText: "unset (the embedded SQLite file below)",
    example: "postgres://atlas:secret@localhost:5432/atlas",
  },
  ATLAS_DB_PATH: { group: "Storage", about: "Where the embedded SQLite database lives." },
  ATLAS_SEED_DIR: {
    group: "Storage",
    about: "Directory of the committed seed files imported into an empty store.",
  },
  ATLAS_DB_TIMEOUT_MS: {
    group: "Storage",
    about: "How long `/api/health` waits for the database before it reports it as down, in ms.",
  },
  PORT: { group: "Server", about: "HTTP port of `npm start`." },
  HOSTNAME: {
    group: "Server",
    about: "The address `npm start` binds.",
    defaultText: "unset (all interfaces)",
    example: "127.0.0.1",
  },
  ATLAS_TRUST_PROXY: {
    group: "Server",
    about:
      "`1` behind a reverse proxy that sets `X-Forwarded-For` (and `X-Forwarded-Proto`): limits then apply to the address it reports. Alone, only a proxy on loopback is believed.",
  },
  ATLAS_TRUSTED_PROXIES: {
    group: "Server",
    about:
      "The reverse proxies (comma-separated IPs or CIDRs) whose forwarded headers count; implies `ATLAS_TRUST_PROXY=1`.",
    defaultText: "unset (none)",
    example: "10.0.0.0/8,::1",
  },
  ATLAS_HEADERS_TIMEOUT_MS: {
    group: "Server",
    about:
      "A request's headers must arrive within this many ms or the connection is closed (slowloris); checked every second.",
  },
  ATLAS_REQUEST_TIMEOUT_MS: {
    group: "Server",
    about: "A whole request must arrive within this many ms.",
  },
  ATLAS_MAX_CONNECTIONS: {
    group: "Server",
    about: "Open connections the server holds in total; more are closed at once.",
  },
  ATLAS_MAX_CONNECTIONS_PER_CLIENT: {
    group: "Server",
    about:
      "Open connections one client (IPv4 address, IPv6 /64) may hold; trusted proxies are exempt.",
  },
  ATLAS_PUBLIC_URL: {
    group: "Server",
    about: "Public base URL of this instance, for absolute links (preview cards, the Atom feed).",
    defaultText: "unset (from an allowed Host header)",
    example: "https://atlas.example.org",
  },
  ATLAS_ALLOWED_HOSTS: {
    group: "Server",
    about:
      "Without `ATLAS_PUBLIC_URL`: the Host values (`name` allows no port, `name:8443` that port only; comma-separated) absolute links may use. Loopback names always may; any other Host gets no absolute URL.",
    defaultText: "unset (loopback names only)",
    example: "atlas.example.org,atlas.example.org:8443",
  },
  ATLAS_SNAPSHOTS_PER_CLIENT_DAY: {
    group: "Sharing and its limits",
    about: "New snapshots one client (IPv6 by /48) may create per rolling 24 h.",
  },
  ATLAS_SNAPSHOTS_PER_HOUR: {
    group: "Sharing and its limits",
    about: "New snapshots all clients together may create per rolling hour (`429` beyond).",
  },
  ATLAS_SNAPSHOTS_MAX: {
    group: "Sharing and its limits",
    about: "Snapshots the database may hold in total; creation is refused beyond (`507`).",
  },
  ADMIN_TOKEN: {
    group: "Admin API and webhooks",
    about: "Bearer token (at least 16 characters) that enables the admin API: rules and webhooks.",
    defaultText: "unset (the admin API answers 403)",
    example: "change-me-to-a-long-random-string",
  },
  ATLAS_ALLOW_PRIVATE_WEBHOOKS: {
    group: "Admin API and webhooks",
    about:
      "`1` allows webhook targets on private, loopback or link-local addresses (tests and private networks only).",
  },
  ATLAS_SECRET_KEY: {
    group: "Admin API and webhooks",
    about:
      "At least 32 characters: webhook signing secrets are stored encrypted with a key derived from it. Keep it out of the database and its backups; changing it makes the stored secrets unusable.",
    defaultText: "unset (secrets stored as given)",
    example: "",
  },
  ATLAS_OFFLINE: {
    group: "Live data",
    about:
      "`1` never fetches or sends anything (no HTTP, no DNS, no P2P, no webhooks); the app serves the bundled seed and what it has. `npm start` stores the value as the install's setting, which `atlas` commands follow when the variable is unset.",
    defaultText: "unset (the stored setting, else 0)",
    example: "0",
  },
  ATLAS_BITNODES_URL: { group: "Live data", about: "Bitnodes API base URL (or your mirror)." },
  ATLAS_BITNODES_DAILY_BUDGET: {
    group: "Live data",
    about: "Anonymous Bitnodes requests allowed per rolling 24 h (Bitnodes allows about 50).",
  },
  ATLAS_MEMPOOL_URL: {
    group: "Live data",
    about:
      "mempool.space or your own mempool instance. Credentials in the URL are sent as a header and masked in logs.",
  },
  ATLAS_POOL_REGISTRY_URL: {
    group: "Live data",
    about: "The pool registry, in the bitcoin-data/mining-pools `pool-list.json` format.",
  },
  ATLAS_POOL_LOCATIONS_FILE: {
    group: "Live data",
    about: "Curated pool stratum endpoints, resolved by DNS and geolocated at ingest.",
  },
  ATLAS_GEOIP_CITY: {
    group: "Live data",
    about:
      "A MaxMind-format city database (e.g. GeoLite2-City.mmdb) to use instead of the bundled DB-IP Lite.",
    defaultText: "unset (the bundled DB-IP Lite, CC BY 4.0)",
    example: "/var/lib/GeoIP/GeoLite2-City.mmdb",
  },
  ATLAS_FETCH_TIMEOUT_MS: {
    group: "Live data",
    about: "Timeout of one upstream HTTP request, whole body included, in ms.",
  },
  ATLAS_WORKER: {
    group: "Worker",
    about: "Run the scheduled worker inside `npm start` (`1` or `0`).",
    defaultText: "1 on SQLite, 0 on PostgreSQL (run `atlas worker` as its own process there)",
    example: "1",
  },
  ATLAS_INTERVAL_BITNODES_MIN: {
    group: "Worker",
    about: "Minutes between scheduled Bitnodes ingests (mind its budget).",
  },
  ATLAS_INTERVAL_MEMPOOL_MIN: {
    group: "Worker",
    about: "Minutes between scheduled mempool.space ingests.",
  },
  ATLAS_INTERVAL_POOLS_MIN: {
    group: "Worker",
    about: "Minutes between scheduled pool registry and pool location ingests.",
  },
  ATLAS_INTERVAL_CRAWL_MIN: {
    group: "Worker",
    about: "Minutes between our own P2P crawls; `0` turns the scheduled crawl off.",
  },
  ATLAS_WORKER_TICK_SECONDS: {
    group: "Worker",
    about: "Seconds between worker passes (webhook retries are checked every pass).",
  },
  ATLAS_BITCOIND_URL: {
    group: "Your own Bitcoin Core node",
    about:
      "Your Bitcoin Core node's RPC: its view of the network, and its blocks attributed to pools from 2026-03.",
    defaultText: "unset (the source is skipped)",
    example: "http://127.0.0.1:8332",
  },
  ATLAS_BITCOIND_COOKIE: {
    group: "Your own Bitcoin Core node",
    about: "Path of the node's `.cookie` file (preferred to a user and password).",
    defaultText: "unset",
    example: "/home/bitcoin/.bitcoin/.cookie",
  },
  ATLAS_BITCOIND_USER: {
    group: "Your own Bitcoin Core node",
    about: "RPC user, when there is no cookie file.",
    defaultText: "unset",
    example: "atlas",
  },
  ATLAS_BITCOIND_PASSWORD: {
    group: "Your own Bitcoin Core node",
    about: "RPC password, with `ATLAS_BITCOIND_USER`.",
    defaultText: "unset",
    example: "",
  },
  NEXT_PUBLIC_TILE_URL: {
    group: "Map",
    about:
      "Optional raster tiles under the bundled country shapes, e.g. your own tile server. Set it before `next build`: the CSP allows images from this origin only when it is set at build time.",
    defaultText: "unset (no tiles and no third-party requests)",
    example: "https://tiles.example.org/{z}/{x}/{y}.png",
  },
} as const satisfies Record<EnvName, EnvDoc>;

/** Variables only the tests and benches read (not the app): documented beside the app's own. */
export const TEST_ENV_DOCS: Record<string, { about: string; example: string }> = {
  TEST_DATABASE_URL: {
    about: "Use this running PostgreSQL for the store suites instead of a throwaway cluster.",
    example: "postgres://postgres@127.0.0.1:5432/postgres",
  },
  CHROMIUM_PATH: {
    about: "The Chromium Playwright drives (default: a system Chromium if one is found).",
    example: "/usr/bin/chromium",
  },
  E2E_PORT: { about: "Port of the e2e suite's server (default 3100).", example: "3100" },
  BENCH_PORT: { about: "First port the benches' servers use (default 3199).", example: "3199" },
};
