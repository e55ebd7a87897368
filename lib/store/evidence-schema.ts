/**
 * Tables for evidence that is not a hashrate share (migration 0011): known mining sites' dated
 * facts, utilities' and regulators' figures, and published country claims with their confidence.
 * Each table holds one current version per source; an import replaces it in one transaction.
 */

export interface SiteFactsTable {
  source_id: string;
  /** The fact's line in the imported file: its identity within one version. */
  line: number;
  site_id: string;
  operator: string;
  name: string;
  country: string;
  locality: string;
  lat: number;
  lon: number;
  precision: "locality" | "region" | "country";
  capacity_mw: number | null;
  /** What capacity_mw measures (migration 0023); null when no MW is stated. */
  mw_basis:
    | "energized_load"
    | "facility_capacity"
    | "contracted"
    | "planned"
    | "generation_nameplate"
    | "unknown"
    | null;
  hashrate_ehs: number | null;
  status: "announced" | "under_construction" | "energized" | "expanded" | "closed" | "sold";
  /** YYYY-MM, or null: the source gives no date. */
  as_of: string | null;
  first_energized: string | null;
  ended: string | null;
  source_kind: string;
  source_url: string;
  source_date: string | null;
  note: string;
  /** How far the fact's source can be trusted (migration 0023). */
  confidence: "high" | "medium" | "low";
  ingest_id: string;
}

export interface RegulatorFiguresTable {
  source_id: string;
  line: number;
  country: string;
  authority: string;
  period: string;
  metric: string;
  value: string;
  number: number | null;
  unit: string;
  basis: string;
  source_url: string;
  source_date: string | null;
  note: string;
  as_of: string | null;
  /** The period the figure describes, as ISO days (migration 0023); null when not known. */
  period_start: string | null;
  period_end: string | null;
  /** How the figure may enter a load estimate (migration 0023). */
  estimation_role: "energy" | "load" | "capacity" | "partial" | "context";
  ingest_id: string;
}

export interface ClaimsTable {
  source_id: string;
  line: number;
  publisher: string;
  product: string;
  period: string;
  period_note: string;
  /** The month the claim is placed at, or null when the source does not date it to a month. */
  month: string | null;
  geo_level: "country" | "aggregate" | "region";
  geo_name: string;
  country: string | null;
  share: number | null;
  share_basis: string;
  hashrate_ehs: number | null;
  urls: string;
  notes: string;
  confidence: "medium" | "low";
  /** The period the claim describes, as ISO days (migration 0023); null when the source gives none. */
  period_start: string | null;
  period_end: string | null;
  ingest_id: string;
}
