import type { ColumnType, Insertable, Selectable } from "kysely";
import type {
  FleetEfficiencyTable,
  MinerFiguresTable,
  NetworkHashrateMonthsTable,
} from "./estimate-inputs-schema";
import type { ClaimsTable, RegulatorFiguresTable, SiteFactsTable } from "./evidence-schema";

/**
 * Table shapes as Kysely sees them. Timestamps are ISO 8601 UTC strings and months `YYYY-MM`
 * in both SQLite and PostgreSQL, so comparisons and sorting behave the same on both.
 */

interface SourcesTable {
  id: string;
  name: string;
  publisher: string;
  url: string;
  licence: string;
  licence_url: string | null;
  attribution: string;
  /** JSON array of caveat strings. */
  notes: string;
  /** "archive" = a closed series that never goes stale; "live" = expected to refresh. */
  kind: "archive" | "live";
  /** A live source older than this is reported stale by /api/health. */
  stale_after_hours: number | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  /** The newest moment the source's data describes (not when we fetched it). */
  data_as_of: string | null;
}

interface IngestsTable {
  /** `${source_id}:${content_sha256 prefix}` — the same payload always maps to the same ingest. */
  id: string;
  source_id: string;
  fetched_at: string;
  upstream_url: string;
  content_sha256: string;
  record_count: number;
}

interface CountrySharesTable {
  source_id: string;
  month: string;
  /** Upstream label kept verbatim ("Germany *", "Other"). */
  label: string;
  /** ISO 3166-1 alpha-2, or null for a bucket no country can be given for. */
  country: string | null;
  share: number;
  hashrate_ehs: number | null;
  method: "measured" | "reported";
  basis: string;
  caveat: string | null;
  ingest_id: string;
}

/**
 * A source's figure for a group of countries in a month (migration 0023): "Africa 2.2 %". Members
 * are ISO codes joined by spaces. Bounds the ranges of what it covers; never split into countries.
 */
interface ShareAggregatesTable {
  source_id: string;
  month: string;
  label: string;
  members: string;
  share: number;
  caveat: string | null;
  ingest_id: string;
}

interface NodeSnapshotsTable {
  id: string;
  source_id: string;
  taken_at: string;
  total: number;
  latest_height: number | null;
  unlocated: number;
  location_precision: number;
  ingest_id: string;
}

interface NodeUnlocatedTable {
  snapshot_id: string;
  network: string;
  count: number;
}

interface NodeCountryCountsTable {
  snapshot_id: string;
  country: string;
  count: number;
}

interface NodeLocationsTable {
  snapshot_id: string;
  lat: number;
  lon: number;
  country: string;
  count: number;
}

interface PoolsTable {
  slug: string;
  name: string;
  link: string | null;
  /** JSON array of coinbase-tag patterns. */
  tags: string;
  address_count: number;
  /** JSON array of payout addresses (migration 0023; "[]" for rows stored before). */
  addresses: ColumnType<string, string | undefined, string>;
  source_id: string;
  ingest_id: string;
}

/** A monitor's node count for one country in one month (migration 0024). */
interface NodeCountryMonthsTable {
  source_id: string;
  month: string;
  country: string;
  median: number;
  min: number;
  max: number;
  samples: number;
  first_sample: string;
  last_sample: string;
  partial: string | null;
  ingest_id: string;
}

/** A block read from the operator's node and the pool the registry's rules gave it. */
interface AttributedBlocksTable {
  source_id: string;
  height: number;
  hash: string;
  time: string;
  pool_slug: string;
  matched_by: string;
  ingest_id: string;
}

interface PoolSharesTable {
  source_id: string;
  pool_slug: string;
  period_start: string;
  period_end: string;
  blocks: number;
  share: number;
  ingest_id: string;
}

export interface PoolServersTable {
  pool_slug: string;
  host: string;
  port: number | null;
  claimed_region: string | null;
  ip: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  located_by: "dns+geoip" | "declared" | "unresolved";
  source_url: string | null;
  resolved_at: string;
  source_id: string;
  ingest_id: string;
}

interface RulesTable {
  id: string;
  kind: string;
  /** JSON of the rule's parameters, validated by lib/monitor/rules.ts. */
  params: string;
  enabled: number;
  created_at: string;
  updated_at: string;
}

export interface AlertsTable {
  /** Derived from rule, subject and period: the same shift is always the same alert. */
  id: string;
  rule_id: string;
  kind: string;
  subject: string;
  period: string;
  title: string;
  summary: string;
  /** JSON: before/after numbers and the sources they came from. */
  evidence: string;
  created_at: string;
}

interface WebhooksTable {
  id: string;
  url: string;
  secret: string;
  /** JSON array of event names the hook receives. */
  events: string;
  active: number;
  created_at: string;
}

interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  event: string;
  alert_id: string | null;
  body: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

interface SnapshotsTable {
  id: string;
  view: string;
  data: string;
  created_at: string;
  /** Hash of the creating client's address (per-client caps); null for older rows. */
  client: string | null;
}

interface RateLimitsTable {
  /** "<limit>:<client>". */
  key: string;
  /** Start of the current fixed window (ISO 8601). */
  window_start: string;
  /** Points used in that window. */
  used: number;
}

interface SourceRequestsTable {
  source_id: string;
  requested_at: string;
  url: string;
}

interface SourceValidatorsTable {
  url: string;
  source_id: string;
  etag: string | null;
  last_modified: string | null;
}

interface NodeLocatedByTable {
  snapshot_id: string;
  /** "upstream" (coordinates that came with the node) or "geoip" (looked up locally). */
  located_by: string;
  count: number;
}

interface PoolHashrateSharesTable {
  source_id: string;
  pool_slug: string;
  week_start: string;
  share: number;
  avg_hashrate_ehs: number | null;
  ingest_id: string;
}

interface NetworkHashrateTable {
  source_id: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
  avg_hashrate_ehs: number;
  ingest_id: string;
}

interface IngestLockTable {
  name: string;
  /** Who holds the lease (host:pid), for the log line of whoever is turned away. */
  holder: string;
  expires_at: string;
}

interface WorkerStatusTable {
  id: string;
  /** "running", "restarting" (exited; the supervisor restarts it after a backoff) or "stopped". */
  state: string;
  pid: number | null;
  /** Restarts by `npm start`'s supervisor since it started. */
  restarts: number;
  started_at: string | null;
  last_pass_at: string | null;
  heartbeat_at: string | null;
  /** How the last run ended ("SIGKILL", "exit 1"). */
  last_exit: string | null;
  updated_at: string;
}

/** The install's settings (migration 0025): one row per key. */
interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface Database {
  sources: SourcesTable;
  ingests: IngestsTable;
  country_shares: CountrySharesTable;
  share_aggregates: ShareAggregatesTable;
  node_snapshots: NodeSnapshotsTable;
  node_unlocated: NodeUnlocatedTable;
  node_country_counts: NodeCountryCountsTable;
  node_locations: NodeLocationsTable;
  pools: PoolsTable;
  attributed_blocks: AttributedBlocksTable;
  node_country_months: NodeCountryMonthsTable;
  pool_shares: PoolSharesTable;
  pool_servers: PoolServersTable;
  rules: RulesTable;
  alerts: AlertsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  snapshots: SnapshotsTable;
  source_requests: SourceRequestsTable;
  source_validators: SourceValidatorsTable;
  node_located_by: NodeLocatedByTable;
  pool_hashrate_shares: PoolHashrateSharesTable;
  network_hashrate: NetworkHashrateTable;
  ingest_lock: IngestLockTable;
  site_facts: SiteFactsTable;
  regulator_figures: RegulatorFiguresTable;
  claims: ClaimsTable;
  network_hashrate_months: NetworkHashrateMonthsTable;
  fleet_efficiency: FleetEfficiencyTable;
  miner_figures: MinerFiguresTable;
  worker_status: WorkerStatusTable;
  rate_limits: RateLimitsTable;
  settings: SettingsTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type NewShare = Insertable<CountrySharesTable>;

/** A connection or a transaction: query functions accept either. */
export type Db = import("kysely").Kysely<Database>;
