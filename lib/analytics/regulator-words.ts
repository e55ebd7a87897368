/**
 * A utility's or regulator's figure in words a reader can quote: the metric's snake_case key as
 * human words (abbreviations spelled out, places capitalised), the value with its unit said once,
 * and the period as a phrase that reads after "for". Used by the country page and the alerts.
 */

/** Words of metric keys that are abbreviations or names, as they are written in prose. */
const WORDS: Record<string, string> = {
  usd: "US dollars",
  fx: "foreign-currency",
  eep: "EEP (Ethiopian Electric Power)",
  gcie: "GCIE",
  ercot: "ERCOT",
  sha256: "SHA-256",
  asics: "ASICs",
  kv: "kV",
  tether: "Tether",
  bitcoin: "Bitcoin",
  paraguay: "Paraguay",
  uruguay: "Uruguay",
  sweden: "Sweden",
  texas: "Texas",
  georgia: "Georgia",
  itaipu: "Itaipu",
  carabobo: "Carabobo",
  berlin: "Berlin",
  irkutsk: "Irkutsk",
  buryatia: "Buryatia",
  transbaikal: "Trans-Baikal",
  tierra: "Tierra",
  fuego: "Fuego",
  northern: "northern",
  norway: "Norway",
  al: "al",
  wafra: "Wafra",
  bajo: "Bajo",
  toro: "Toro",
};

/** "fx_revenue_from_data_mining_companies" → "Foreign-currency revenue from data mining companies". */
export function metricWords(metric: string): string {
  const words = metric
    .split("_")
    .filter((w) => w !== "")
    .map((w) => WORDS[w.toLowerCase()] ?? w)
    .join(" ")
    // "Al Wafra" and "Tierra del Fuego" are names: "al" only in the middle of one.
    .replace(/\bin al Wafra\b/, "in Al Wafra");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The value and its unit, the unit said once: "240,000 devices", "2027-12-31" (a date is its own
 * unit: never "2027-12-31 date (2027-12-31)"), "suspended" (a status).
 */
export function valueWords(value: string, unit: string): string {
  const [head, ...rest] = unit.split(" ");
  const note = rest.join(" ");
  if (head === "date" || head === "status") return note ? `${value} ${note}` : value;
  const n = /^\d+$/.test(value) ? Number(value).toLocaleString("en-US") : value;
  return `${n} ${unit}`;
}

/** Periods that already read as a phrase ("to ~2025-02", "since 2022-12", "from 2023-07"). */
const PHRASE = /^(to|from|since|by|as of|until|in|during|over|early|late|end|mid|plan|undated|~)/i;

/**
 * The period as it follows a figure: "for 2024-05", but "to ~2025-02" and "since 2022-12" as
 * they are (never "for to …", "for since …"). "" where the period only repeats the value.
 */
export function periodWords(period: string, value?: string): string {
  const p = period.trim();
  if (p === "" || p === value) return "";
  return PHRASE.test(p) ? p : `for ${p}`;
}
