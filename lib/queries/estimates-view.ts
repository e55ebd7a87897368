import type { Assumptions } from "../analytics/estimate/assumptions";
import type { EvidenceInputs } from "../analytics/estimate/inputs";
import {
  estimateMonth,
  type GlobalSouthEstimate,
  globalSouthEstimate,
  type MonthEstimate,
} from "../analytics/estimate/model";
import { type PublishedFigure, type Validation, validate } from "../analytics/estimate/validation";
import { describeAssumptions } from "../core/assumption-params";
import { claimMonth } from "../evidence/claim";
import type { Definition } from "../geo/definition-schema";
import { listClaims } from "../store/evidence";
import type { Db } from "../store/schema";
import { getAllShares } from "../store/shares";
import {
  type EstimateInputsView,
  getEstimateInputs,
  type NetworkMonthView,
} from "./estimate-inputs";

interface EstimatesView {
  month: MonthEstimate;
  network: NetworkMonthView | null;
  assumptions: string;
  globalSouth: GlobalSouthEstimate & { definition: string };
}

export async function getEstimatesView(
  db: Db,
  month: string,
  assumptions: Assumptions,
  definition: Definition,
): Promise<EstimatesView> {
  const inputs = await getEstimateInputs(db);
  return estimatesFromInputs(inputs, month, assumptions, definition);
}

function estimatesFromInputs(
  inputs: EstimateInputsView,
  month: string,
  assumptions: Assumptions,
  definition: Definition,
): EstimatesView {
  const estimate = estimateMonth(inputs, month, assumptions);
  return {
    month: estimate,
    network: inputs.network.find((n) => n.month === month) ?? null,
    assumptions: describeAssumptions(assumptions),
    globalSouth: {
      definition: definition.id,
      ...globalSouthEstimate(estimate, new Set(definition.members)),
    },
  };
}

/** Every month that has network hashrate, estimated: what validation and the bench run over. */
export function estimateAllMonths(
  inputs: EvidenceInputs,
  assumptions: Assumptions,
): MonthEstimate[] {
  return inputs.network
    .filter((n) => n.ehs !== null)
    .map((n) => estimateMonth(inputs, n.month, assumptions));
}

/** Measured and reported shares, and published claims of medium confidence, by country and month. */
export async function getPublishedFigures(db: Db): Promise<PublishedFigure[]> {
  const [shares, claims] = await Promise.all([getAllShares(db), listClaims(db)]);
  const figures: PublishedFigure[] = [];
  for (const s of shares)
    if (s.country !== null)
      figures.push({
        country: s.country,
        month: s.month,
        share: s.share,
        source: s.sourceId,
        kind: s.method === "measured" ? "measured" : "reported",
      });
  for (const c of claims) {
    const month = claimMonth({
      periodStart: c.period_start,
      periodEnd: c.period_end,
      month: c.month,
    });
    if (c.confidence !== "medium" || c.country === null || c.share === null || month === null)
      continue;
    if (c.geo_level !== "country") continue;
    figures.push({ country: c.country, month, share: c.share, source: c.publisher, kind: "claim" });
  }
  return figures;
}

export async function getValidation(db: Db, assumptions: Assumptions): Promise<Validation> {
  const [inputs, published] = await Promise.all([getEstimateInputs(db), getPublishedFigures(db)]);
  return validate(estimateAllMonths(inputs, assumptions), published);
}
