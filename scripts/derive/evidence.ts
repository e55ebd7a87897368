import { z } from "zod";
import { isMonth } from "../../lib/core/month";
import { toIso2 } from "../../lib/geo/countries";
import {
  type SeedClaimsFile,
  type SeedRegulatorFile,
  type SeedShareRow,
  type SeedSharesFile,
  type SeedSitesFile,
  seedClaimsFileSchema,
  seedRegulatorFileSchema,
  seedSharesFileSchema,
  seedSitesFileSchema,
} from "../../lib/seed/schema";
import type { Claim } from "../../lib/sources/published-estimates/claim";
import { parseRegulatorCsv } from "../../lib/sources/regulator/parse";
import { publicationSource } from "../../lib/sources/reported/publication";
import { parseSitesCsv } from "../../lib/sources/sites/parse";
import { compareText } from "./compare";
import { percentNumberToFraction } from "./percent";
import { parseCsv, RAW } from "./raw";
import { estimateRowSchema as baseEstimateRowSchema } from "./reported";
import { CLAIMS_SOURCE, REGULATOR_SOURCE, SITES_SOURCE, seedSource } from "./sources";

/**
 * Evidence after 2022 → the seed: known mining sites and regulators' figures (read with the same
 * parsers `atlas import sites|regulator` uses, so the seed and an operator's import cannot
 * disagree), and the 2022–2026 published estimates as claims with their confidence. A
 * medium-confidence publication that names countries for at least half of the hashrate in one
 * month also becomes a reported month of its own.
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

/** The 2022–2026 file has the older file's columns, region rows, and a confidence per row. */
const estimateRowSchema = baseEstimateRowSchema.extend({
  geo_level: z.enum(["country", "aggregate", "region"]),
  confidence: z.enum(["medium", "low"]),
});

export function parseClaims(csvText: string): Claim[] {
  const rows = z.array(estimateRowSchema).parse(parseCsv(csvText));
  return rows.map((row, i) => {
    const country = row.geo_level === "country" ? toIso2(row.geo_name) : null;
    if (country !== null && row.iso2 !== "" && country !== row.iso2)
      throw new Error(`"${row.geo_name}" maps to ${country} but the CSV says ${row.iso2}`);
    return {
      // Line 1 is the header; the transcription has no multi-line fields.
      line: i + 2,
      publisher: row.source_org,
      product: row.source_product,
      period: row.period,
      periodNote: row.period_note,
      month: isMonth(row.period) ? row.period : null,
      geoLevel: row.geo_level,
      geoName: row.geo_name,
      country,
      share: row.share_pct === "" ? null : percentNumberToFraction(row.share_pct),
      shareBasis: row.share_basis,
      hashrateEhs: row.hashrate_ehs === "" ? null : Number(row.hashrate_ehs),
      urls: row.secondary_source_url
        .split(";")
        .map((u) => u.trim())
        .filter((u) => u !== ""),
      notes: row.notes,
      confidence: row.confidence,
    };
  });
}

export function deriveClaims(csvText: string): SeedClaimsFile {
  return seedClaimsFileSchema.parse({
    kind: "claims",
    source: CLAIMS_SOURCE,
    rows: parseClaims(csvText),
  });
}

/** A publication makes a reported month only if it names countries for at least this much. */
export const MIN_NAMED_FOR_A_MONTH = 0.5;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Medium-confidence publications dated to a month whose named countries add up to at least half
 * of the hashrate, each as a `reported` shares file (MinerMetrics' November 2023 map names 56.9 %).
 * Everything else stays a claim.
 */
export function deriveReportedPublications(claims: readonly Claim[]): SeedSharesFile[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.confidence !== "medium" || c.month === null || c.country === null || c.share === null)
      continue;
    const key = `${c.publisher}\u0000${c.product}\u0000${c.month}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const files: SeedSharesFile[] = [];
  for (const rows of groups.values()) {
    const named = rows.reduce((s, r) => s + (r.share ?? 0), 0);
    const head = rows[0];
    if (!head || named < MIN_NAMED_FOR_A_MONTH) continue;
    if (named > 1.001)
      throw new Error(`${head.publisher} ${head.month}: countries sum to over 100%`);
    const shareRows: SeedShareRow[] = rows
      .map((r) => ({
        month: r.month as string,
        label: r.geoName,
        country: r.country,
        share: r.share as number,
        hashrateEhs: r.hashrateEhs,
        caveat: [r.shareBasis, r.periodNote, `quoted by ${r.urls.join(" and ")}`, r.notes]
          .filter((p) => p !== "")
          .join("; "),
      }))
      .sort((a, b) => b.share - a.share || compareText(a.label, b.label));
    files.push(
      seedSharesFileSchema.parse({
        kind: "country-shares",
        method: "reported",
        source: seedSource(
          publicationSource({
            id: `reported-${slug(head.publisher)}`,
            publisher: head.publisher,
            product: head.product,
            url: head.urls[0] ?? "",
            named,
            periodNote: head.periodNote,
          }),
          [RAW.estimates2026],
        ),
        basis: `${head.shareBasis} (${head.publisher}), as reported in the press`,
        rows: shareRows,
      }),
    );
  }
  return files.sort((a, b) => compareText(a.source.id, b.source.id));
}
