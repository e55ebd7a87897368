import type { SourceDefinition } from "../definition";

/**
 * Hashrate Index's heatmap figures as quoted in the press, bundled in the seed
 * (scripts/derive/reported.ts). Quoted once; nothing to fetch.
 */
export const hashrateIndexSource: SourceDefinition = {
  id: "hashrate-index",
  name: "Hashrate Index heatmap, as reported in the press",
  publisher: "Hashrate Index (Luxor Technology)",
  url: "https://hashrateindex.com",
  licence:
    "No open licence. Figures are © Luxor Technology (Hashrate Index), quoted from press coverage of the heatmap and shown as reported figures with attribution.",
  attribution:
    "Hashrate Index (Luxor Technology), Global Hashrate Heatmap, as reported in the press",
  notes: [
    "Shares of global hashrate by Hashrate Index's own (unpublished) method; a different method from CBECI, so the two must not be joined into one line.",
    "Figures were transcribed from secondary news articles quoting the heatmap (URL per row in `caveat`); hashrateindex.com itself was not consulted.",
    "Each figure is placed at the period it describes: the start-of-Q3 map (reported about 2025-07-13) describes 30 June 2025 → 2025-06. The 2025-Q2 map states no data date, so it is placed at its publication month (reported on 2025-05-27 → 2025-05), and says so.",
    'Only the countries the articles named are included; no "Other" row is invented, so the rest of each month is simply not covered.',
    "Excluded from this file: the CCAF Cambridge Digital Mining Industry Report (2025) survey figures, which are shares of activity reported by 49 surveyed firms, not of global hashrate; the CCAF mining-map launch-release figures (May 2020), superseded by the complete CBECI series; and the Chinese province figures, which are not country shares.",
  ],
  kind: "archive",
  staleAfterHours: null,
  evidence:
    "Reported: country shares published by others, at the date they were published, with only the countries they name — the rest of that month is not covered.",
  cadence: "quarterly heatmaps; the press quoted those of 2025-Q2 and the start of Q3",
  records: ["country-shares"],
  seeded: true,
};
