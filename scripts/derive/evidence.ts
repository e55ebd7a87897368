import { z } from "zod";
import { isMonth } from "../../lib/core/month";
import { toIso2 } from "../../lib/geo/countries";
import {
  type SeedClaim,
  type SeedClaimsFile,
  type SeedRegulatorFile,
  type SeedShareRow,
  type SeedSharesFile,
  type SeedSitesFile,
  type SeedSource,
  seedClaimsFileSchema,
  seedRegulatorFileSchema,
  seedSharesFileSchema,
  seedSitesFileSchema,
} from "../../lib/seed/schema";
import { REGULATOR_SOURCE } from "../../lib/sources/regulator";
import { parseRegulatorCsv } from "../../lib/sources/regulator/parse";
import { SITES_SOURCE } from "../../lib/sources/sites";
import { parseSitesCsv } from "../../lib/sources/sites/parse";
import { compareText } from "./compare";
import { percentNumberToFraction } from "./percent";
import { parseCsv, RAW } from "./raw";
import { estimateRowSchema as baseEstimateRowSchema } from "./reported";

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
    source: { ...SITES_SOURCE, derivedFrom: [RAW.sites] },
    rows: parseSitesCsv(csvText),
  });
}

export function deriveRegulator(csvText: string): SeedRegulatorFile {
  return seedRegulatorFileSchema.parse({
    kind: "regulator-figures",
    source: { ...REGULATOR_SOURCE, derivedFrom: [RAW.regulator] },
    rows: parseRegulatorCsv(csvText),
  });
}

/** The 2022–2026 file has the older file's columns, region rows, and a confidence per row. */
const estimateRowSchema = baseEstimateRowSchema.extend({
  geo_level: z.enum(["country", "aggregate", "region"]),
  confidence: z.enum(["medium", "low"]),
});

export const CLAIMS_SOURCE: SeedSource = {
  id: "published-estimates",
  name: "Published country estimates 2022–2026, as relayed by the press",
  publisher:
    "Hashrate Atlas, transcribed from press coverage of MinerMetrics, Hashrate Index and others",
  url: "https://github.com/hashrate-atlas",
  licence:
    "Figures quoted from public pages with their publisher and URL; © their publishers. The transcription is shared with the project's code (MIT).",
  attribution: "Published country estimates, as relayed by the press (publisher and URL per claim)",
  derivedFrom: [RAW.estimates2026],
  notes: [
    "Confidence medium: a named publisher relayed by the press. Low: unattributed, a single uncorroborated page, or conflicting with other figures. Low-confidence claims never drive the map, the Global South series or alerts.",
    "Every Hashrate Index figure here is second-hand: its own heatmap pages were not available.",
    "Only the countries a claim names are known; the rest of its period is unknown, not zero. Aggregates (Africa, United States + China + Russia) are kept as claims, never split into countries.",
    "A period that is not a month (a quarter, a fiscal year, 'undated') is kept as written and never placed at a guessed month.",
  ],
};

export function parseClaims(csvText: string): SeedClaim[] {
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
export function deriveReportedPublications(claims: readonly SeedClaim[]): SeedSharesFile[] {
  const groups = new Map<string, SeedClaim[]>();
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
        source: {
          id: `reported-${slug(head.publisher)}`,
          name: `${head.publisher} — ${head.product}, as reported in the press`,
          publisher: head.publisher,
          url: head.urls[0],
          licence: `No open licence. Figures are © ${head.publisher}, quoted from press coverage with attribution.`,
          attribution: `${head.publisher}, ${head.product}, as reported in the press`,
          derivedFrom: [RAW.estimates2026],
          notes: [
            `Names countries for ${Math.round(named * 1000) / 10} % of hashrate; the rest is unknown, not zero.`,
            head.periodNote,
            "A different publisher and method from CBECI and Hashrate Index: never one line with them.",
          ].filter((n) => n !== ""),
        },
        basis: `${head.shareBasis} (${head.publisher}), as reported in the press`,
        rows: shareRows,
      }),
    );
  }
  return files.sort((a, b) => compareText(a.source.id, b.source.id));
}
