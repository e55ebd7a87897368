/**
 * A country page's monthly share table, with long runs of months whose source does not name the
 * country folded into one row: Ethiopia's page must not open on 29 rows of "not named" before
 * any evidence. Pure; the page renders what this returns.
 */

interface HistoryMonth {
  month: string;
  source: string;
  share: number | null;
  /** The most the country can hold where the source does not name it. */
  upTo: number | null;
  unattributed: number;
}

/** Runs shorter than this stay month by month (a month or two reads fine as rows). */
const FOLD_FROM = 3;

type HistoryRow<M extends HistoryMonth> =
  | { kind: "month"; month: M }
  | {
      kind: "run";
      source: string;
      first: string;
      last: string;
      months: M[];
      /** The smallest and largest "at most" of the run's months. */
      lowestBound: number;
      highestBound: number;
    };

const bound = (m: HistoryMonth) => m.upTo ?? m.unattributed;

/** The series as rows: named months as they are; FOLD_FROM or more unnamed months of one source in a row, as one. */
export function foldNotNamed<M extends HistoryMonth>(series: readonly M[]): HistoryRow<M>[] {
  const rows: HistoryRow<M>[] = [];
  let run: M[] = [];
  const flush = () => {
    const first = run[0];
    const last = run.at(-1);
    if (first && last && run.length >= FOLD_FROM) {
      const bounds = run.map(bound);
      rows.push({
        kind: "run",
        source: first.source,
        first: first.month,
        last: last.month,
        months: run,
        lowestBound: Math.min(...bounds),
        highestBound: Math.max(...bounds),
      });
    } else for (const m of run) rows.push({ kind: "month", month: m });
    run = [];
  };
  for (const m of series) {
    if (m.share === null && (run.length === 0 || run[0]?.source === m.source)) {
      run.push(m);
      continue;
    }
    flush();
    if (m.share === null) run.push(m);
    else rows.push({ kind: "month", month: m });
  }
  flush();
  return rows;
}
