import { DEFAULT_PUE, DEFAULT_WINDOW } from "@/lib/analytics/estimate/assumptions";
import type { Validation } from "@/lib/analytics/estimate/validation";
import { OUTSIDE_REASONS } from "@/lib/analytics/estimate/validation";
import { formatPercent } from "@/lib/analytics/format";
import { MIN_NETWORK_DAYS } from "@/lib/analytics/network-months";
import { formatMonth } from "@/lib/core/month";
import { countryName } from "@/lib/geo/countries";
import { TableScroll } from "../TableScroll";

const pct = (s: number | null) => (s === null ? "—" : formatPercent(s));

/**
 * /methods: the evidence model — what it computes, its assumptions and their
 * defaults, where it fails, and how its ranges compare with every published figure.
 */
export function EstimatesSection({ validation }: { validation: Validation }) {
  const { counts, rows } = validation;
  return (
    <section aria-labelledby="estimates">
      <h2 id="estimates">Estimated from evidence: the third method</h2>
      <p>
        After January 2022 no measured country series exists, and published figures cover three
        months. For the other months the atlas computes a <strong>range</strong> per country from
        evidence, labelled <strong>estimated</strong>: never mixed with measured or reported shares,
        drawn in its own colour and outlined on the map. A month with a measured or reported source
        shows that source by default, with the estimate one switch away.
      </p>
      <ul>
        <li>
          <strong>Energy</strong> a utility sold to miners over a period (GWh) is an average load:
          energy ÷ the period's exact hours (leap days counted). It holds for each month whose
          middle day lies inside the period, and bounds the country both ways. An energy figure
          stated per year is a load (÷ 8,760 h).
        </li>
        <li>
          <strong>Load</strong> (MW drawn) bounds both ways; <strong>capacity</strong> (MW
          contracted or allocated) only from above; a <strong>partial</strong> load (one region, one
          company, seized or illegal load) only from below; money, counts and tariffs are never
          used. These hold in the months of their period and {DEFAULT_WINDOW} months either side
          (the window, adjustable).
        </li>
        <li>
          <strong>Listed miners</strong>: in a month, each company's newest disclosure for the
          country within the window, with basis operating, energized, self-mining or deployed,
          summed, is a lower bound in EH/s; a disclosed MW counts like a partial load. Targets and
          hosted machines never count. <strong>Known sites</strong> count only where the MW is
          stated as energized mining load, as lower bounds.
        </li>
        <li>
          Load to hashrate: 1 MW at 1 J/TH is 1 EH/s. A load L gives L ÷ (e_hi × p_hi) to L ÷ (e_lo
          × p_lo) EH/s, where e is CBECI's efficiency band for the month (J/TH of the most and least
          efficient profitable hardware) and p the PUE band, by default {DEFAULT_PUE[0]}–
          {DEFAULT_PUE[1]} (CBECI's own). After May 2025, CBECI's last month, its May 2025 band is
          held and every place says so. Divided by the month's network hashrate (the mean of its
          daily values; fewer than {MIN_NETWORK_DAYS} days: none) it is a share.
        </li>
        <li>
          A country's range: the largest lower bound up to the smallest upper bound. Where the
          largest lower bound is above the smallest upper bound the evidence conflicts: both lines
          are shown and no range. The Global South's range: the sum of its members' lows up to 1 −
          the sum of the other countries' lows. Shares never leave 0–100 %.
        </li>
      </ul>
      <h3 id="estimates-failures">Where the model fails</h3>
      <ul>
        {OUTSIDE_REASONS.map((r) => (
          <li key={r}>{r}</li>
        ))}
        <li>
          Most countries carry no evidence at all: the model says nothing about them, and a
          country's lower bound is only what someone disclosed.
        </li>
      </ul>
      <h3 id="estimates-validation">Validation</h3>
      <p id="validation-counts">
        Every country-month with both an estimated range (default assumptions) and a measured share,
        a reported share or a published figure of medium confidence: {counts.inside} inside the
        range, {counts.outside} outside, {counts.conflict} where the evidence conflicts (
        {rows.length} compared). Also at <code>GET /api/v1/estimates/validation</code>.
      </p>
      <TableScroll label="Estimated ranges against published figures">
        <table className="shares" id="validation-table">
          <caption>Estimated range against each published figure</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Country</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">Estimated range</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.month}-${r.country}-${r.source}-${r.share}`}>
                <th scope="row">{formatMonth(r.month)}</th>
                <td>
                  {/* The code, its name on hover: the sources table above has a row per country name. */}
                  <abbr title={countryName(r.country)}>{r.country}</abbr>
                </td>
                <td className="num">{pct(r.share)}</td>
                <td>
                  {r.source} ({r.kind})
                </td>
                <td>
                  {r.low === null && r.high === null
                    ? "no range"
                    : r.high === null
                      ? `at least ${pct(r.low)}`
                      : r.low === null
                        ? `at most ${pct(r.high)}`
                        : `${pct(r.low)}–${pct(r.high)}`}
                </td>
                <td>{r.verdict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="small">
        Most comparisons are with lower bounds only (a listed miner's disclosure, a partial load),
        so “inside” often says only that the published figure is not below what was disclosed — a
        weak test. The model is not fitted to these figures.
      </p>
    </section>
  );
}
