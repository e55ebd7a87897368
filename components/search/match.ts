/** A country as the search knows it: display name and other names (e.g. "Côte d'Ivoire", "Ivory Coast"). */
export interface CountryEntry {
  iso2: string;
  name: string;
  also: readonly string[];
}

/** Lower case, accents and apostrophe styles folded: "Côte d’Ivoire" finds "cote d'ivoire". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019`]/g, "'")
    .toLowerCase()
    .trim();
}

/** How well a name answers the query: 0 the name starts with it, 1 a word does, 2 it contains it. */
function rank(name: string, q: string): number | null {
  const n = fold(name);
  if (n.startsWith(q)) return 0;
  if (n.split(/[\s,()'-]+/).some((w) => w.startsWith(q))) return 1;
  return n.includes(q) ? 2 : null;
}

/**
 * Countries matching what was typed, best first: an ISO code typed whole ("ET"), then display
 * names before other names, starts before words before anywhere, then alphabetical.
 */
export function searchCountries(
  list: readonly CountryEntry[],
  query: string,
  limit = 8,
): CountryEntry[] {
  const q = fold(query);
  if (q === "") return [];
  const scored: [number, CountryEntry][] = [];
  for (const c of list) {
    const own = rank(c.name, q);
    const other = c.also.reduce<number | null>((best, a) => {
      const r = rank(a, q);
      return r === null ? best : Math.min(best ?? r, r);
    }, null);
    const code = q.length === 2 && c.iso2.toLowerCase() === q;
    const score = code ? -1 : (own ?? (other === null ? null : other + 3));
    if (score !== null) scored.push([score, c]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name))
    .slice(0, limit)
    .map(([, c]) => c);
}
