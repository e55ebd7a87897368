import { z } from "zod";
import { toIso2 } from "../../lib/geo/countries";
import { type Definition, definitionSchema } from "../../lib/geo/definition-schema";
import { compareText } from "./compare";
import { parseCsv, RAW } from "./raw";

/**
 * The "Global South" definitions in data/definitions/, built from the reference files so every
 * member can be traced to a source row. Judgement calls are constants here and sentences in the
 * definition's `notes`. Two UNCTAD vintages are shipped side by side, never mixed in one list.
 */

const UNCTADSTAT_URL = "https://unctadstat.unctad.org/EN/Classifications.html";
const HANDBOOK_URL = "https://stats.unctad.org/handbook/Annexes/Classifications.html";
const G77_URL = "https://www.g77.org/doc/members.html";

/** The older UNCTAD vintage's transition economies: neither developed nor developing there. */
const TRANSITION_ECONOMIES = [
  "AL",
  "BA",
  "ME",
  "MK",
  "RS",
  "AM",
  "AZ",
  "BY",
  "GE",
  "KZ",
  "KG",
  "MD",
  "RU",
  "TJ",
  "TM",
  "UA",
  "UZ",
] as const;

/** Flagged "Developing" in M49 but in UNCTADstat's developed group today. */
const UNCTADSTAT_DEVELOPED = ["KR"] as const;
/** Not in UN M49 (blank flag), but UNCTAD lists "Taiwan Province of China" as developing. */
const UNCTAD_ADDED = ["TW"] as const;

const m49RowSchema = z.object({
  "ISO3166-1-Alpha-2": z.string(),
  "Developed / Developing Countries": z.enum(["Developing", "Developed", ""]),
});
const g77RowSchema = z.object({ country: z.string().min(1) });

/** ISO codes flagged "Developing" in the M49 column of datasets/country-codes (2020-10-15). */
function m49Developing(csvText: string): string[] {
  return z
    .array(m49RowSchema)
    .parse(parseCsv(csvText))
    .filter((row) => row["Developed / Developing Countries"] === "Developing")
    .map((row) => row["ISO3166-1-Alpha-2"]);
}

function g77Members(csvText: string): string[] {
  const rows = z.array(g77RowSchema).parse(parseCsv(csvText, { commentLines: true }));
  return rows.map((row) => toIso2(row.country));
}

function members(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort(compareText);
}

const M49_SOURCE_NOTE = (count: number) =>
  `Built from the UN M49 "Developed / Developing Countries" column as last published in ${RAW.countryCodes.origin}: the ${count} ISO codes flagged "Developing".`;
const TAIWAN_NOTE =
  'Taiwan (TW) IS a member: its M49 flag is blank because UN M49 does not list Taiwan separately, while UNCTAD lists "Taiwan Province of China" among the developing economies of Asia.';
const TERRITORIES_NOTE =
  "Territories flagged Developing in M49 (e.g. Hong Kong, Macao, Puerto Rico, New Caledonia) are kept as M49 lists them; Kosovo (XK) is not in M49 and is not a member.";
const CONVENTION_NOTE =
  '"Developing" is a UN statistical convention, not a political label or a statement about income.';

/** UNCTADstat's classification today: the M49 developed/developing split, Korea developed. */
export function deriveUnctad(countryCodesCsv: string): Definition {
  const developing = m49Developing(countryCodesCsv);
  const excluded = new Set<string>(UNCTADSTAT_DEVELOPED);
  const centralAsia = developing
    .filter((c) => (TRANSITION_ECONOMIES as readonly string[]).includes(c))
    .sort(compareText);
  return definitionSchema.parse({
    id: "unctad",
    name: "UNCTAD developing economies",
    shortName: "UNCTAD",
    definedBy: "UNCTAD (United Nations Conference on Trade and Development), UNCTADstat",
    sourceUrl: UNCTADSTAT_URL,
    vintage:
      'UNCTADstat "Classifications" as published today: developing = Africa, Latin America and the Caribbean, Asia without Israel, Japan and the Republic of Korea, and Oceania without Australia and New Zealand; no group of transition economies.',
    notes: [
      M49_SOURCE_NOTE(developing.length),
      "Republic of Korea (KR) is NOT a member: UNCTADstat counts it as developed (UNCTAD moved it in July 2021). It is the one difference from the M49 flag.",
      `Kazakhstan, Central Asia and the Caucasus count as developing (${centralAsia.join(", ")}), as UNCTADstat classifies them today; Russia, Ukraine, Belarus, Moldova and the Western Balkans count as developed. The older vintage with transition economies apart is the separate definition "unctad-legacy".`,
      "One list serves every month: today's classification is applied to 2019 as well, so a month's figure does not change because UNCTAD reclassified a country later.",
      TAIWAN_NOTE,
      TERRITORIES_NOTE,
      CONVENTION_NOTE,
    ],
    members: members([...developing.filter((c) => !excluded.has(c)), ...UNCTAD_ADDED]),
  });
}

/** The older UNCTAD vintage: transition economies apart (neither developed nor developing). */
export function deriveUnctadLegacy(countryCodesCsv: string): Definition {
  const developing = m49Developing(countryCodesCsv);
  const transition = new Set<string>(TRANSITION_ECONOMIES);
  const removed = developing.filter((code) => transition.has(code)).sort(compareText);
  return definitionSchema.parse({
    id: "unctad-legacy",
    name: "UNCTAD developing economies, older vintage (transition economies apart)",
    shortName: "UNCTAD, older vintage",
    definedBy: "UNCTAD Handbook of Statistics, annex “Classification of economies” (older vintage)",
    sourceUrl: HANDBOOK_URL,
    vintage:
      "The older UNCTAD classification in three groups: developed, developing and transition economies (South-East Europe and the Commonwealth of Independent States), the last counted as neither; the Republic of Korea still developing.",
    notes: [
      M49_SOURCE_NOTE(developing.length),
      `Minus the transition economies of that vintage (Albania, Bosnia and Herzegovina, Montenegro, North Macedonia, Serbia, Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan, Turkmenistan, Ukraine, Uzbekistan): ${removed.join(", ")} were flagged "Developing" in M49 and are removed; the others were already flagged "Developed".`,
      "Republic of Korea (KR) IS a member, as in this vintage; it has no share in any bundled hashrate series.",
      "Shipped so the effect of the classification can be seen: Kazakhstan held 13–18 % of measured hashrate in July 2021 – January 2022 and is outside this list. Not mixed with the current classification in any one list.",
      TAIWAN_NOTE,
      TERRITORIES_NOTE,
      CONVENTION_NOTE,
    ],
    members: members([...developing.filter((c) => !transition.has(c)), ...UNCTAD_ADDED]),
  });
}

export function deriveUnctadExChina(unctad: Definition): Definition {
  return definitionSchema.parse({
    id: "unctad-ex-china",
    name: "UNCTAD developing economies excluding China",
    shortName: "UNCTAD ex. China",
    definedBy: "UNCTAD (standard aggregate: developing economies excluding China)",
    sourceUrl: UNCTADSTAT_URL,
    vintage: unctad.vintage,
    notes: [
      'The "unctad" definition (UNCTADstat today) without China (CN), an aggregate UNCTAD itself publishes.',
      "China alone was about 75 % of measured hashrate in 2019-09 and 0 % in 2021-07, so it dominates the headline number; this view shows the shift without it.",
      "Only CN is removed: Hong Kong (HK), Macao (MO) and Taiwan (TW), which UNCTAD reports as separate economies, stay members.",
    ],
    members: unctad.members.filter((code) => code !== "CN"),
  });
}

export function deriveG77(g77Csv: string): Definition {
  const listed = g77Members(g77Csv);
  return definitionSchema.parse({
    id: "g77",
    name: "Group of 77 and China",
    shortName: "G77 + China",
    definedBy: "Group of 77 at the United Nations",
    sourceUrl: G77_URL,
    vintage: `The member list in ${RAW.g77.origin}.`,
    notes: [
      `The ${listed.length} member names in ${RAW.g77.origin}, mapped to ISO codes by name (lib/geo/countries.ts and data/country-aliases.json); China is added if the list ever omits it, since the group is formally "the G77 and China".`,
      '"Congo" is the Republic of the Congo (CG); the Democratic Republic of the Congo (CD) is listed under its own name.',
      "A political grouping of developing countries: it includes high-income members (e.g. Singapore, Qatar, United Arab Emirates) and former Soviet republics (Azerbaijan, Tajikistan, Turkmenistan), but not Kazakhstan.",
    ],
    members: members([...listed, "CN"]),
  });
}
