import Link from "next/link";
import type { Assumptions } from "@/lib/analytics/estimate/assumptions";
import { formatPercent } from "@/lib/analytics/format";
import { assumptionParams, describeAssumptions } from "@/lib/core/assumption-params";
import { formatMonth } from "@/lib/core/month";
import type { CountryEstimates } from "@/lib/queries/country-estimates";
import { MethodBadge } from "../MethodBadge";
import { EstimateChart, rangeWords } from "./EstimateChart";
import "./estimate.css";

/**
 * "Estimated from evidence": the country's range each month since 2022-02, the chosen month's
 * evidence worked through line by line, and where a published figure lies outside the range,
 * the reasons it might.
 */
export function EstimateSection({
  iso,
  name,
  estimates,
  assumptions,
}: {
  iso: string;
  name: string;
  estimates: CountryEstimates;
  assumptions: Assumptions;
}) {
  const { series, chosen, checks } = estimates;
  const query = (month: string) =>
    `/country/${iso}?${new URLSearchParams({ m: month, ...assumptionParams(assumptions) })}#estimate`;
  const outside = checks.filter((c) => c.verdict === "outside");
  return (
    <section aria-labelledby="estimate-heading" id="estimate">
      <h2 id="estimate-heading">
        Estimated from evidence <MethodBadge method="estimated" />
      </h2>
      <p className="small">
        A range, not a share anyone published: each figure below is turned into hashrate with the
        month's network hashrate and {describeAssumptions(assumptions)}. How the model works and
        where it fails: <Link href="/methods#estimates">methods</Link>.
      </p>
      {series.length === 0 ? (
        <p className="gap" id="estimate-gap">
          No evidence about {name} holds in any month since February 2022 (no utility's energy,
          load, capacity or partial figure, no listed miner's counted disclosure, no energized site
          load), so there is no estimate.
        </p>
      ) : (
        <EstimateChart
          label={`${name}'s estimated share of hashrate by month`}
          series={series}
          points={checks}
        />
      )}
      {chosen ? <MonthLines name={name} chosen={chosen} /> : null}
      {outside.length > 0 ? (
        <div id="estimate-outside">
          <p>
            {outside.length === 1
              ? "One published figure lies"
              : `${outside.length} published figures lie`}{" "}
            outside the estimated range:{" "}
            {outside
              .map(
                (o) =>
                  `${o.source}, ${formatMonth(o.month)}: ${formatPercent(o.share)} (range ${rangeOf(o)})`,
              )
              .join("; ")}
            . It might because:
          </p>
          <ul className="small">
            {estimates.outsideReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : checks.length > 0 ? (
        <p className="small" id="estimate-inside">
          Every published figure for {name} in a month with an estimate lies inside the range (
          {checks.length} compared).
        </p>
      ) : null}
      {series.length > 0 ? (
        // A list, not a table: the share table above already has a row per month.
        <nav aria-label={`Months with an estimate for ${name}`} className="estimate-months">
          <p className="small">Choose a month to see its arithmetic:</p>
          <ul>
            {series.map((p) => (
              <li key={p.month}>
                <Link
                  href={query(p.month)}
                  aria-current={chosen?.month.month === p.month ? "true" : undefined}
                >
                  {formatMonth(p.month)}
                </Link>
                : {rangeWords(p)}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}

function MonthLines({
  name,
  chosen,
}: {
  name: string;
  chosen: NonNullable<CountryEstimates["chosen"]>;
}) {
  const { month, country } = chosen;
  return (
    <div id="estimate-month">
      <h3>
        {formatMonth(month.month)}:{" "}
        {country ? rangeWords(country) : (month.reason ?? `no evidence about ${name} holds`)}
      </h3>
      {month.networkEhs !== null ? (
        <p className="small">
          Network hashrate {month.networkEhs.toFixed(1)} EH/s (mean of {month.networkDays} days);
          efficiency {month.efficiency?.label ?? "none"}
          {month.efficiency?.assumed ? ` (${month.efficiency.assumed})` : ""}; PUE {month.pue[0]}–
          {month.pue[1]}.
        </p>
      ) : null}
      {country ? (
        <ol className="worked-lines">
          {country.lines.map((l) => (
            <li key={l.id} data-bound={l.bound}>
              <span className="line-label">
                {l.label} ({l.date}; {boundWords[l.bound]}
                {country.strongest === l.id ? ", sets the range" : ""}):
              </span>{" "}
              <code>{l.arithmetic}</code>{" "}
              <a href={l.sourceUrl} rel="noreferrer">
                source
              </a>
            </li>
          ))}
        </ol>
      ) : null}
      {country?.state === "conflict" ? (
        <p className="gap">
          The lines conflict: the largest lower bound is above the smallest upper bound, so no range
          is given. Both are shown above.
        </p>
      ) : null}
    </div>
  );
}

const boundWords = {
  both: "bounds both ways",
  lower: "a lower bound",
  upper: "an upper bound",
} as const;

/** A compared figure's range in words (a conflict has no range and is never "outside"). */
function rangeOf(o: { low: number | null; high: number | null }): string {
  const state =
    o.low !== null && o.high !== null ? "range" : o.low !== null ? "at-least" : "at-most";
  return rangeWords({ ...o, state });
}
