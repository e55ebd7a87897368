import { countrySitesSentence } from "@/lib/analytics/site-words";
import { timelineMonths } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { CountryHistoryResponse } from "@/lib/responses/schemas";
import { CapacityChart } from "../panel/CapacityChart";
import { SitesTable, UndatedSites } from "../panel/SitesTable";
import { ClaimsTable } from "./ClaimsTable";
import { RegulatorTable } from "./RegulatorTable";

/**
 * Every line of evidence that is not a share, side by side, each with its date, method and
 * source: published claims (of any confidence, badged), what the country's utilities and
 * regulators said, and the capacity disclosed for known sites. Nothing here is turned into a share.
 */
export function Evidence({ history }: { history: CountryHistoryResponse }) {
  const { name, evidence } = history;
  const { capacity, now, month, undated } = evidence.sites;
  const timeline = timelineMonths(
    capacity.map((p) => ({ month: p.month, method: "reported" as const })),
    month,
  );
  // Every fact without a date: of sites that also have dated facts, and of sites that have none.
  const withoutDate = [
    ...now.filter((s) => s.undated.length > 0).map((s) => ({ ...s, facts: s.undated })),
    ...undated,
  ];
  return (
    <section aria-labelledby="evidence-heading" id="evidence">
      <h2 id="evidence-heading">Evidence beside the shares</h2>
      <p className="small">
        Each line below keeps its own date, method and source. None of it is a share of hashrate,
        and none is converted into one; where a figure is converted to help reading it, the
        arithmetic is shown.
      </p>

      <h3 id="claims-heading">Published claims about {name}</h3>
      {evidence.claims.length === 0 ? (
        <p className="gap">No published claim about {name}'s share is known.</p>
      ) : (
        <ClaimsTable name={name} claims={evidence.claims} series={history.series} />
      )}

      <h3 id="regulator-heading">What {name}'s utilities and regulators said</h3>
      {evidence.regulator.length === 0 ? (
        <p className="gap">No figure from {name}'s utilities or regulators is known.</p>
      ) : (
        <RegulatorTable name={name} figures={evidence.regulator} />
      )}

      <h3 id="capacity-heading">Capacity disclosed for known sites</h3>
      <p className={now.length + undated.length === 0 ? "gap" : "small"} id="sites-sentence">
        {countrySitesSentence(name, month, now, undated)}
      </p>
      {capacity.length > 0 ? (
        <CapacityChart months={timeline} series={capacity} month={month} label={name} />
      ) : null}
      {now.length > 0 ? (
        <SitesTable
          month={month}
          sites={now}
          caption={`Known sites in ${name} as of ${formatMonth(month)}, each at its latest dated fact with the MW that fact states; sites last reported over ${evidence.sites.horizonMonths} months ago and low-confidence facts are shown but not counted — a record of disclosure, not of hashrate share`}
        />
      ) : null}
      <UndatedSites sites={withoutDate} />
    </section>
  );
}
