import type { Claim } from "../../lib/evidence/claim";
import { groupResolver } from "../../lib/geo/group-members";
import type { RegionsFile } from "../../lib/geo/region-schema";
import {
  type SeedClaimsFile,
  type SeedRegulatorFile,
  type SeedSharesFile,
  type SeedSitesFile,
  seedClaimsFileSchema,
  seedRegulatorFileSchema,
  seedSharesFileSchema,
  seedSitesFileSchema,
} from "../../lib/seed/schema";
import { publicationShares } from "../../lib/sources/published-estimates";
import { parseEstimatesCsv } from "../../lib/sources/published-estimates/parse";
import { reportedPublications } from "../../lib/sources/published-estimates/publications";
import { parseRegulatorCsv } from "../../lib/sources/regulator/parse";
import { parseSitesCsv } from "../../lib/sources/sites/parse";
import { compareText } from "./compare";
import { RAW } from "./raw";
import { CLAIMS_SOURCE, REGULATOR_SOURCE, SITES_SOURCE, seedSource } from "./sources";

/**
 * Evidence after 2022 → the seed: known mining sites and regulators' figures (read with the same
 * parsers `atlas import sites|regulator` uses, so the seed and an operator's import cannot
 * disagree), and the 2022–2026 published estimates as claims with their confidence (read with the
 * parser of `atlas import estimates`). A medium-confidence publication that names countries for at
 * least half of the hashrate in one month also becomes a reported month of its own.
 */

export function deriveSites(csvText: string): SeedSitesFile {
  return seedSitesFileSchema.parse({
    kind: "mining-sites",
    source: SITES_SOURCE,
    rows: parseSitesCsv(csvText),
  });
}

export function deriveRegulator(csvText: string): SeedRegulatorFile {
  return seedRegulatorFileSchema.parse({
    kind: "regulator-figures",
    source: REGULATOR_SOURCE,
    rows: parseRegulatorCsv(csvText),
  });
}

export function deriveClaims(csvText: string): SeedClaimsFile {
  return seedClaimsFileSchema.parse({
    kind: "claims",
    source: CLAIMS_SOURCE,
    rows: parseEstimatesCsv(csvText),
  });
}

/**
 * The publications that make reported months (lib/sources/published-estimates/publications.ts),
 * each as a `reported` shares file of its own with the group figures that bound it. Everything
 * else stays a claim.
 */
export function deriveReportedPublications(
  claims: readonly Claim[],
  regions: RegionsFile,
): SeedSharesFile[] {
  return reportedPublications(claims, groupResolver(regions))
    .map((p) => {
      const { source, basis, rows, aggregates } = publicationShares(p);
      return seedSharesFileSchema.parse({
        kind: "country-shares",
        method: "reported",
        source: seedSource(source, [RAW.estimates2026]),
        basis,
        rows,
        ...(aggregates.length > 0 ? { aggregates } : {}),
      });
    })
    .sort((a, b) => compareText(a.source.id, b.source.id));
}
