/**
 * How an alert reads on /alerts (pure): dated by the data it describes rather than by when the
 * worker noticed it, sorted by that date, its rule named in words, its URLs as links.
 */
import { formatMonth } from "../core/month";

/** What each kind of rule watches, in words (the rule ids stay in the API and the feed). */
export const KIND_WORDS: Record<string, string> = {
  global_south_change: "Global South share moved",
  country_share_change: "A country's share moved",
  node_count_change: "A country's node count moved",
  pool_share_threshold: "A pool crossed a share of blocks",
  nakamoto_change: "Pool concentration (Nakamoto coefficient) changed",
  source_stale: "A source stopped updating",
  site_status: "A known site energized or closed",
  regulator_figure: "A utility's or regulator's figure",
};

export function kindWords(kind: string): string {
  return KIND_WORDS[kind] ?? kind.replaceAll("_", " ");
}

/** The data date of an alert: a sortable key (YYYY-MM, or YYYY-13 for a year) and its words. */
interface DataDate {
  key: string | null;
  words: string;
}

const MONTH_START = /^\d{4}-\d{2}-01T00:00:00(\.000)?Z$/;
const DATE_TOKEN = /\b(\d{4})(?:-(\d{2}))?(?:-\d{2})?\b/g;

function ofMonth(month: string): DataDate {
  return { key: month, words: formatMonth(month) };
}

/**
 * The month (or year) the alert's data describes, from its period:
 * "2021-06..2021-07" → July 2021 (the later month); a window "2025-06-01T00:00Z..2025-07-01T00:00Z"
 * → June 2025 (its end is exclusive); "energized@2025-04" → April 2025; "data-as-of:2022-03-18…"
 * → March 2022 (the last data the source gave); a regulator's "to ~2025-02|240000" → February 2025
 * (the latest date its period names; a year alone sorts after that year's months); "undated …" →
 * undated.
 */
export function alertDataDate(period: string): DataDate {
  const [a, b] = period.split("..");
  if (a !== undefined && b !== undefined) {
    const exclusiveEnd = MONTH_START.test(a) && MONTH_START.test(b);
    return ofMonth((exclusiveEnd ? a : b).slice(0, 7));
  }
  const at = /@(\d{4}-\d{2})/.exec(period) ?? /^data-as-of:(\d{4}-\d{2})/.exec(period);
  if (at?.[1]) return ofMonth(at[1]);
  const text = period.split("|")[0] ?? "";
  if (/^undated/i.test(text.trim())) return { key: null, words: "undated" };
  let last: DataDate | null = null;
  for (const m of text.matchAll(DATE_TOKEN)) {
    const [, year, month] = m;
    last = month ? ofMonth(`${year}-${month}`) : { key: `${year}-13`, words: String(year) };
  }
  return last ?? { key: null, words: "undated" };
}

/** Newest data first; undated last; ties by title, so the order is the same on every load. */
export function byDataDate<T extends { period: string; title: string }>(alerts: readonly T[]): T[] {
  const key = (a: T) => alertDataDate(a.period).key ?? "";
  return [...alerts].sort((x, y) => key(y).localeCompare(key(x)) || x.title.localeCompare(y.title));
}

/** Text split into plain parts and http(s) URLs, for rendering the URLs as links. */
export function linkParts(text: string): { text: string; href: string | null }[] {
  const parts: { text: string; href: string | null }[] = [];
  let at = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s)]+[^\s).,;]/g)) {
    const start = m.index ?? 0;
    if (start > at) parts.push({ text: text.slice(at, start), href: null });
    parts.push({ text: m[0], href: m[0] });
    at = start + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), href: null });
  return parts;
}
