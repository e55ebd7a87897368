/**
 * Percentage-point and percent wording of the detectors' titles and summaries: the one share
 * format of the pages (lib/analytics/format.ts), so an alert quotes a figure as the map shows it.
 */
export { formatPercent as pct, formatPoints as pp } from "../../analytics/format";
