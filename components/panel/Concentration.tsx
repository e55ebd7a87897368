import { formatCount, formatDate, formatPercent } from "@/lib/analytics/format";
import type { PoolsResponse } from "@/lib/api/schemas";

/** Pool concentration for the month (Nakamoto coefficient, HHI), or the gap when no pool data exists. */
export function Concentration({ pools }: { pools: PoolsResponse | null }) {
  const c = pools?.concentration;
  return (
    <section aria-labelledby="conc-heading" className="concentration">
      <h2 id="conc-heading">Pool concentration</h2>
      {pools && c && pools.period ? (
        <>
          <p className="figures">
            <span>
              <b>{c.nakamoto ?? "—"}</b> pools hold over half the blocks (Nakamoto coefficient)
            </span>
            <span>
              <b>{formatCount(Math.round(c.hhi))}</b> HHI (0–10,000)
            </span>
          </p>
          <p className="small">
            Blocks {formatDate(pools.period.start)} – {formatDate(pools.period.end)}; largest:{" "}
            {pools.pools
              .slice(0, 3)
              .map((p) => `${p.name} ${formatPercent(p.share)}`)
              .join(", ")}
            . Pools are not places: their miners may be anywhere.
          </p>
        </>
      ) : (
        <p className="gap">No pool share data for this month yet.</p>
      )}
    </section>
  );
}
