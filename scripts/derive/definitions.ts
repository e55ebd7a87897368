import { z } from "zod";
import { toIso2 } from "../../lib/geo/countries";
import { type Definition, definitionSchema } from "../../lib/geo/definition-schema";
import { compareText } from "./compare";
import { parseCsv, RAW } from "./raw";

/**
 * The "Global South" definitions in data/definitions/, built from the reference files so every
 * member can be traced to a source row. Judgement calls are constants here and sentences in the
 * definition's `notes`.
 */

const UNCTAD_URL = "https://stats.unctad.org/handbook/Annexes/Classifications.html";
const G77_URL = "https://www.g77.org/doc/members.html";

/** UNCTAD's transition economies: flagged or not in M49, UNCTAD does not count them as developing. */
export const TRANSITION_ECONOMIES = [
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

/** In UNCTAD's developed group since July 2021; we apply today's classification to all months. */
const UNCTAD_EXCLUDED = ["KR"] as const;
/** Not in UN M49 (blank flag), but UNCTAD lists "Taiwan Province of China" as developing. */
const UNCTAD_ADDED = ["TW"] as const;

const m49RowSchema = z.object({
  "ISO3166-1-Alpha-2": z.string(),
  "Developed / Developing Countries": z.enum(["Developing", "Developed", ""]),
});
const g77RowSchema = z.object({ country: z.string().min(1) });

/** ISO codes flagged "Developing" in the M49 column of datasets/country-codes (2020-10-15). */
export function m49Developing(csvText: string): string[] {
  return z
    .array(m49RowSchema)
    .parse(parseCsv(csvText))
    .filter((row) => row["Developed / Developing Countries"] === "Developing")
    .map((row) => row["ISO3166-1-Alpha-2"]);
}

export function g77Members(csvText: string): string[] {
  const rows = z.array(g77RowSchema).parse(parseCsv(csvText, { commentLines: true }));
  return rows.map((row) => toIso2(row.country));
}

function members(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort(compareText);
}

export function deriveUnctad(countryCodesCsv: string): Definition {
  const developing = m49Developing(countryCodesCsv);
  const transition = new Set<string>(TRANSITION_ECONOMIES);
  const excluded = new Set<string>([...TRANSITION_ECONOMIES, ...UNCTAD_EXCLUDED]);
  const removed = developing.filter((code) => transition.has(code)).sort(compareText);
  return definitionSchema.parse({
    id: "unctad",
    name: "UNCTAD developing economies",
    shortName: "UNCTAD",
    definedBy: "UNCTAD (United Nations Conference on Trade and Development)",
    sourceUrl: UNCTAD_URL,
    notes: [
      `Built from the UN M49 "Developed / Developing Countries" column as last published in ${RAW.countryCodes.origin}: the ${developing.length} ISO codes flagged "Developing".`,
      `Minus UNCTAD's transition economies (Albania, Bosnia and Herzegovina, Montenegro, North Macedonia, Serbia, Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan, Turkmenistan, Ukraine, Uzbekistan), which UNCTAD counts as neither developed nor developing: ${removed.join(", ")} were flagged "Developing" in M49 and are removed; the others were already flagged "Developed".`,
      "Republic of Korea (KR) is NOT a member: UNCTAD moved it to its developed group in July 2021. A definition is one list for every month, so it follows UNCTAD's current classification; KR has no share in any bundled hashrate series, so this changes no bundled number.",
      'Taiwan (TW) IS a member: its M49 flag is blank because UN M49 does not list Taiwan separately, while UNCTAD lists "Taiwan Province of China" among the developing economies of Asia.',
      "Territories flagged Developing in M49 (e.g. Hong Kong, Macao, Puerto Rico, New Caledonia) are kept as M49 lists them; Kosovo (XK) is not in M49 and is not a member.",
      'UNCTAD describes the grouping in its Handbook of Statistics annex "Classification of economies" (also https://unctadstat.unctad.org/EN/Classifications.html). "Developing" is a UN statistical convention, not a political label.',
    ],
    members: members([...developing.filter((c) => !excluded.has(c)), ...UNCTAD_ADDED]),
  });
}

export function deriveUnctadExChina(unctad: Definition): Definition {
  return definitionSchema.parse({
    id: "unctad-ex-china",
    name: "UNCTAD developing economies excluding China",
    shortName: "UNCTAD ex. China",
    definedBy: "UNCTAD (standard aggregate: developing economies excluding China)",
    sourceUrl: UNCTAD_URL,
    notes: [
      'The "unctad" definition without China (CN), an aggregate UNCTAD itself publishes.',
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
    notes: [
      `The ${listed.length} member names in ${RAW.g77.origin}, mapped to ISO codes by name (lib/geo/countries.ts and data/country-aliases.json); China is added if the list ever omits it, since the group is formally "the G77 and China".`,
      '"Congo" is the Republic of the Congo (CG); the Democratic Republic of the Congo (CD) is listed under its own name.',
      "A political grouping of developing countries: it includes high-income members (e.g. Singapore, Qatar, United Arab Emirates) and former Soviet republics (Azerbaijan, Tajikistan, Turkmenistan), but not Kazakhstan.",
    ],
    members: members([...listed, "CN"]),
  });
}
