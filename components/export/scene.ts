import { globalSouthEstimate, type MonthEstimate } from "@/lib/analytics/estimate/model";
import type { SiteState } from "@/lib/analytics/site-state";
import { type CountryShare, sharesByCountry } from "@/lib/analytics/view-shape";
import type { Assumptions } from "@/lib/core/assumptions";
import {
  type EstimatedStampInput,
  estimatedStamp,
  frameStamp,
  type StampInput,
} from "@/lib/export/frames";
import type { SharesResponse } from "@/lib/responses/schemas";
import { estimateShares } from "../atlas/useEstimate";
import type { FrameScene } from "./paint-frame";

/**
 * A month as the map shows the estimate from evidence: its ranges (coloured by their lower ends,
 * as on the map) and what the stamp says of them.
 */
export interface EstimatedMonth {
  shares: ReadonlyMap<string, CountryShare>;
  stamp: Omit<EstimatedStampInput, "definitionName" | "origin">;
}

/** A month's estimate as an image draws it, for the Global South of the chosen definition. */
export function estimatedMonth(
  estimate: MonthEstimate,
  members: ReadonlySet<string>,
  assumptions: Assumptions,
): EstimatedMonth {
  return {
    shares: estimateShares(estimate),
    stamp: { estimate, globalSouth: globalSouthEstimate(estimate, members), assumptions },
  };
}

/**
 * What one exported image shows of a month (a still, or one frame of an animation): the
 * estimate when the month shows it, otherwise the source's shares, or a gap when there are none.
 * One rule for both, so a frame and the still of the same month say the same.
 */
export function monthScene(input: {
  month: string;
  shares: SharesResponse | null;
  globalSouth: StampInput["globalSouth"];
  estimate: EstimatedMonth | null;
  definitionName: string;
  members: ReadonlySet<string>;
  sites: readonly SiteState[];
  origin: string;
}): FrameScene {
  const { estimate, definitionName, origin } = input;
  return {
    stamp: estimate
      ? estimatedStamp({ ...estimate.stamp, definitionName, origin })
      : frameStamp({
          month: input.month,
          shares: input.shares,
          globalSouth: input.globalSouth,
          definitionName,
          origin,
        }),
    shares: estimate ? estimate.shares : input.shares ? sharesByCountry(input.shares.rows) : null,
    members: input.members,
    definitionName,
    sites: input.sites,
  };
}
