/**
 * Tables for what the evidence model reads besides sites and regulators' figures (migration
 * 0030): network hashrate per month, CBECI's fleet efficiency band, listed miners' disclosures.
 */

export interface NetworkHashrateMonthsTable {
  source_id: string;
  /** YYYY-MM. */
  month: string;
  /** Mean of the month's daily EH/s; null when fewer than 20 days have a value. */
  ehs: number | null;
  days: number;
  ingest_id: string;
}

export interface FleetEfficiencyTable {
  source_id: string;
  month: string;
  /** J/TH of the most efficient profitable hardware (CBECI's lower bound). */
  low: number;
  central: number;
  /** J/TH of the least efficient profitable hardware (CBECI's upper bound). */
  high: number;
  /** Days of the month the band averages. */
  days: number;
  ingest_id: string;
}

export interface MinerFiguresTable {
  source_id: string;
  line: number;
  company: string;
  ticker: string;
  as_of: string;
  month: string;
  country: string | null;
  site: string;
  metric: "eh_s" | "mw";
  value: number;
  basis: string;
  scope: string;
  source_name: string;
  source_url: string;
  quote: string;
  confidence: "high" | "medium" | "low";
  ingest_id: string;
}
