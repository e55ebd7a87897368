import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import { z } from "zod";
import aliasesJson from "../../data/country-aliases.json";
import { isIso2Shape } from "../core/country-code";
import { iso2Schema } from "../core/schemas";

/**
 * ISO 3166-1 alpha-2 helpers. Names come from the maintained `i18n-iso-countries` package; the
 * few upstream spellings it does not know (CCAF's "Mainland China", UN short names such as
 * "Iran (Islamic Republic of)") live in `data/country-aliases.json`, each with a reason, so a
 * mapping is always a recorded decision and never a fuzzy guess.
 */

// Imported as a default: the Node entry is `module.exports = library`, which has no static
// named exports. The browser entry registers no locale, the Node entry all of them;
// Registering `en` explicitly makes both behave the same (and keeps the bundle to one locale).
countries.registerLocale(en);

const aliasFileSchema = z.record(
  z.string().min(1),
  z.object({ iso2: iso2Schema, why: z.string().min(1) }).strict(),
);
type CountryAliases = z.infer<typeof aliasFileSchema>;

export const COUNTRY_ALIASES: CountryAliases = aliasFileSchema.parse(aliasesJson);

/** Upper-case two letters that the package knows as an assigned alpha-2 code. */
/** Answers memoized: an ingest asks about the same ~100 codes tens of thousands of times. */
const iso2Answers = new Map<string, boolean>();

export function isIso2(code: string): boolean {
  let ok = iso2Answers.get(code);
  if (ok === undefined) {
    ok = isIso2Shape(code) && countries.isValid(code);
    if (iso2Answers.size < 1000) iso2Answers.set(code, ok); // bounded: junk input cannot grow it
  }
  return ok;
}

/**
 * Short names readers expect on a map and in a table, where the package's primary name is the
 * formal one ("People's Republic of China"). Its own aliases cannot be used blindly: for CD the
 * alias is "Congo", which is CG.
 */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  BO: "Bolivia",
  CD: "DR Congo",
  CG: "Congo",
  CN: "China",
  FM: "Micronesia",
  IR: "Iran",
  KP: "North Korea",
  KR: "South Korea",
  LA: "Laos",
  MD: "Moldova",
  PS: "Palestine",
  RU: "Russia",
  SY: "Syria",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
  VE: "Venezuela",
};

/** The English name to show for a code; throws on anything that is not a known code. */
export function countryName(iso2: string): string {
  const names = englishNames().get(iso2);
  if (!isIso2(iso2) || names === undefined || names[0] === undefined) {
    throw new Error(`Not an ISO 3166-1 alpha-2 country code: "${iso2}"`);
  }
  return DISPLAY_NAMES[iso2] ?? names[0];
}

/** Every assigned code with its display name and the package's other English names (for search). */
export function listCountries(): { iso2: string; name: string; also: string[] }[] {
  return [...englishNames()].map(([iso2, all]) => {
    const name = countryName(iso2);
    return { iso2, name, also: all.filter((n) => n !== name) };
  });
}

/**
 * Codes whose English names (official or alias) match `name`, ignoring case, accents and
 * apostrophe style. More than one code means the name is ambiguous ("Congo").
 */
export function matchPackageName(name: string): string[] {
  return [...(nameIndex().get(normalizeName(name)) ?? [])].sort();
}

/**
 * Map an upstream country name to ISO2: the package first (only when exactly one code matches),
 * then the alias table. Throws, naming the input, when neither decides it.
 */
export function toIso2(name: string): string {
  const candidates = matchPackageName(name);
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) return only;
  const alias = COUNTRY_ALIASES[name.trim()];
  if (alias !== undefined) return alias.iso2;
  const why =
    candidates.length > 1
      ? `it is ambiguous (matches ${candidates.join(", ")})`
      : "neither i18n-iso-countries nor data/country-aliases.json knows it";
  throw new Error(`Cannot map country name "${name}" to ISO 3166-1 alpha-2: ${why}`);
}

function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

let names: Map<string, string[]> | undefined;
function englishNames(): Map<string, string[]> {
  if (names === undefined) {
    const all = countries.getNames("en", { select: "all" });
    names = new Map(Object.entries(all));
  }
  return names;
}

let index: Map<string, Set<string>> | undefined;
function nameIndex(): Map<string, Set<string>> {
  if (index === undefined) {
    const built = new Map<string, Set<string>>();
    for (const [code, list] of englishNames()) {
      for (const n of list) {
        const key = normalizeName(n);
        built.set(key, (built.get(key) ?? new Set()).add(code));
      }
    }
    index = built;
  }
  return index;
}
