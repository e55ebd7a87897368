/** The estimate's assumptions, named as in the page's URL and the API alike (docs/using.md). */
const ASSUMPTION_KEYS = ["eff", "pue", "win"] as const;

export interface DataLinks {
  /** The table behind the view as CSV, and what the link says. */
  csv: { href: string; text: string };
  json: { href: string; text: string };
  /** The months the files hold. */
  months: readonly string[];
}

/**
 * The downloads of the data behind the view: the month's table of shares (both months in compare
 * mode), or — where the map shows the estimate from evidence — the estimated ranges with their
 * evidence under the view's own assumptions (the shares endpoint has no rows for such a month).
 */
export function dataLinks(view: {
  month: string;
  compare: string | null;
  definition: string;
  estimated: boolean;
  /** The page's query string: the estimate's assumptions are taken from it. */
  search: URLSearchParams;
}): DataLinks {
  const { month, definition } = view;
  if (view.estimated) {
    const q = new URLSearchParams({ month, definition });
    for (const key of ASSUMPTION_KEYS) {
      const value = view.search.get(key);
      if (value) q.set(key, value);
    }
    return {
      csv: {
        href: `/api/v1/estimates?${q}&format=csv`,
        text: "the estimated ranges and their evidence as CSV",
      },
      json: { href: `/api/v1/estimates?${q}`, text: "estimate JSON" },
      months: [month],
    };
  }
  const compare = view.compare && view.compare !== month ? view.compare : null;
  return {
    csv: {
      href: `/api/v1/shares?month=${month}${compare ? `&compare=${compare}` : ""}&definition=${definition}&format=csv`,
      text: compare ? "both months' table as CSV" : "the table as CSV",
    },
    json: { href: `/api/v1/shares?month=${month}`, text: "shares JSON" },
    months: compare ? [month, compare] : [month],
  };
}
