"use client";
import { currentMonth, formatMonth, monthRange } from "@/lib/core/month";
import type { MonthsResponse } from "@/lib/responses/schemas";
import "./header.css";

type Newest = MonthsResponse["newest"];

/** "16 months old", counted from the newest data month to the current month (UTC). */
function monthsOld(month: string, now: Date): string {
  const current = currentMonth(now);
  const n = current > month ? monthRange(month, current).length - 1 : 0;
  return n === 0 ? "this month" : n === 1 ? "1 month old" : `${n} months old`;
}

/**
 * How old the newest country data is and where it comes from; "live" only while that source is
 * a live feed within its expected cadence — a published estimate or an archive never is.
 */
export function LiveStatus(props: {
  newest: Newest;
  /** The view shows the newest month (and follows new data). */
  live: boolean;
  lastChanged: Date | null;
  loading: boolean;
  errors: readonly Error[];
}) {
  const { newest } = props;
  const time = props.lastChanged?.toISOString().slice(11, 19);
  const where = newest
    ? `${formatMonth(newest.month)}, ${newest.source.name} (${newest.method})`
    : null;
  return (
    <div className="live-status" role="status">
      {props.errors.length > 0 ? (
        <span className="error">
          Could not refresh: {props.errors[0]?.message}. Showing the last data received.
        </span>
      ) : props.loading ? (
        <span className="loading">Loading…</span>
      ) : !newest ? (
        <span className="archive">No country data yet.</span>
      ) : props.live && newest.live ? (
        <span className="live">
          <span className="pulse" aria-hidden="true" /> Live: newest country data {where},
          re-checked every minute{time ? ` · data last changed ${time} UTC` : ""}
        </span>
      ) : props.live ? (
        <span className="archive">
          Newest country data: {where} — {monthsOld(newest.month, new Date())}. No live source
          covers later months; the page re-checks every minute.
        </span>
      ) : (
        <span className="archive">
          Archive month: these figures are fixed. Newest country data: {where}.
        </span>
      )}
    </div>
  );
}
