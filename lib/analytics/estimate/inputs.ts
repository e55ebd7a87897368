/**
 * What the evidence model reads (pure shapes, filled by lib/queries/estimate-inputs.ts from the
 * store and served to the browser by GET /api/v1/estimates/evidence).
 */
import type { FleetBand } from "./assumptions";

type RegulatorRole = "energy" | "load" | "capacity" | "partial" | "context";

export interface RegulatorInput {
  /** "regulator:<line>": the figure's identity in its source. */
  id: string;
  country: string;
  authority: string;
  metric: string;
  number: number | null;
  value: string;
  unit: string;
  periodStart: string | null;
  periodEnd: string | null;
  role: RegulatorRole;
  sourceUrl: string;
}

export interface MinerInput {
  id: string;
  company: string;
  country: string | null;
  /** As dated by the company (YYYY-MM or YYYY-MM-DD); `month` is its month. */
  asOf: string;
  month: string;
  metric: "eh_s" | "mw";
  value: number;
  basis: string;
  site: string;
  confidence: "high" | "medium" | "low";
  sourceUrl: string;
}

export interface SiteInput {
  id: string;
  siteId: string;
  operator: string;
  country: string;
  /** The month the fact refers to; undated facts are not placed in any month. */
  month: string | null;
  capacityMw: number | null;
  mwBasis: string | null;
  confidence: "high" | "medium" | "low";
  sourceUrl: string;
}

export interface NetworkInput {
  month: string;
  /** Null when the month has fewer than 20 days of values. */
  ehs: number | null;
  days: number;
}

export interface EvidenceInputs {
  regulator: readonly RegulatorInput[];
  miners: readonly MinerInput[];
  sites: readonly SiteInput[];
  network: readonly NetworkInput[];
  fleet: readonly FleetBand[];
}
