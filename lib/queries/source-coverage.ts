import { formatMonth } from "../core/month";
import { listClaims, listRegulatorFigures, listSiteFacts } from "../store/evidence";
import type { Db } from "../store/schema";

/** The span of time a source's stored data describes, and how many of its records carry no date. */
interface SourceCoverage {
  /** YYYY-MM of the earliest period described, or null when nothing is dated. */
  from: string | null;
  to: string | null;
  undated: number;
}

interface Span {
  from: string | null;
  to: string | null;
}

function widen(map: Map<string, SourceCoverage>, id: string, span: Span | null): void {
  const c = map.get(id) ?? { from: null, to: null, undated: 0 };
  map.set(id, c);
  if (span === null || (span.from === null && span.to === null)) {
    c.undated += 1;
    return;
  }
  const from = (span.from ?? span.to) as string;
  const to = (span.to ?? span.from) as string;
  if (c.from === null || from < c.from) c.from = from.slice(0, 7);
  if (c.to === null || to > c.to) c.to = to.slice(0, 7);
}

/**
 * Each source's real coverage, from the periods its records describe (not from when it was
 * fetched or published): what /sources states as "Covers".
 */
export async function getSourceCoverage(db: Db): Promise<Map<string, SourceCoverage>> {
  const [shares, claims, figures, facts, snapshots] = await Promise.all([
    db
      .selectFrom("country_shares")
      .select("source_id")
      .select((eb) => [eb.fn.min("month").as("first"), eb.fn.max("month").as("last")])
      .groupBy("source_id")
      .execute(),
    listClaims(db),
    listRegulatorFigures(db),
    listSiteFacts(db),
    db
      .selectFrom("node_snapshots")
      .select("source_id")
      .select((eb) => [eb.fn.min("taken_at").as("first"), eb.fn.max("taken_at").as("last")])
      .groupBy("source_id")
      .execute(),
  ]);
  const out = new Map<string, SourceCoverage>();
  for (const s of [...shares, ...snapshots])
    widen(out, s.source_id, { from: String(s.first), to: String(s.last) });
  for (const c of claims)
    widen(out, c.source_id, {
      from: c.period_start ?? c.month,
      to: c.period_end ?? c.period_start ?? c.month,
    });
  for (const f of figures)
    widen(out, f.source_id, {
      from: f.period_start ?? f.as_of,
      to: f.period_end ?? f.period_start ?? f.as_of,
    });
  for (const f of facts) widen(out, f.source_id, { from: f.as_of, to: f.as_of });
  return out;
}

/** "Apr 2022 – Mar 2026 (6 records undated)", "March 2022", or null when nothing is known. */
export function formatCoverage(c: SourceCoverage | undefined): string | null {
  if (!c) return null;
  const span =
    c.from === null || c.to === null
      ? null
      : c.from === c.to
        ? formatMonth(c.from)
        : `${formatMonth(c.from)} – ${formatMonth(c.to)}`;
  const undated = c.undated > 0 ? `${c.undated} record${c.undated === 1 ? "" : "s"} undated` : null;
  if (span && undated) return `${span} (${undated})`;
  return span ?? undated;
}
