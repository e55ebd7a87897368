import { memo } from "react";
import { methodSegments, type TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";

/** Position of month `i` along the track, in percent. */
export function trackPercent(i: number, count: number): number {
  return count > 1 ? (i / (count - 1)) * 100 : 0;
}

/** The method bands along the track (memoised: they change with the data, not with the month). */
export const MethodBands = memo(function MethodBands({
  months,
}: {
  months: readonly TimelineMonth[];
}) {
  const n = months.length;
  return methodSegments(months).map((s) => (
    <span
      key={s.start}
      className={`seg seg-${s.method ?? "none"}`}
      style={{
        left: `${trackPercent(s.start, n)}%`,
        width: `${trackPercent(s.end - 1, n) - trackPercent(s.start, n) + 100 / Math.max(1, n - 1)}%`,
      }}
      title={`${formatMonth(months[s.start]?.month ?? "")}–${formatMonth(months[s.end - 1]?.month ?? "")}: ${s.method ?? "no data"}`}
    />
  ));
});

/** Year labels under the track. */
export const YearTicks = memo(function YearTicks({ months }: { months: readonly TimelineMonth[] }) {
  return (
    <div className="years" aria-hidden="true">
      {months.map((m, i) =>
        m.month.endsWith("-01") ? (
          <span key={m.month} style={{ left: `${trackPercent(i, months.length)}%` }}>
            {m.month.slice(0, 4)}
          </span>
        ) : null,
      )}
    </div>
  );
});
