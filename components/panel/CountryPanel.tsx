"use client";
import Link from "next/link";
import type { CountryEstimate } from "@/lib/analytics/estimate/model";
import { formatCount, formatPercent } from "@/lib/analytics/format";
import { NO_NODE_SNAPSHOT } from "@/lib/analytics/node-rule";
import type { CountryShare, TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { PoolsResponse } from "@/lib/responses/schemas";
import { rangeText } from "../atlas/estimate-text";
import { useLocationHref } from "../atlas/location";
import { useCountry } from "../hooks/useCountry";
import { useEscape } from "../hooks/useEscape";
import { NoShareEvidence } from "./NoShareEvidence";
import { ShareChart } from "./ShareChart";
import "./panel.css";

/** A country's page, carrying the map view it was opened from (its back link returns there). */
function countryPage(iso2: string, href: string): string {
  const search = href ? new URL(href).search.slice(1) : "";
  return `/country/${iso2}${search ? `?from=${encodeURIComponent(search)}` : ""}`;
}

interface CardEstimate {
  shown: boolean;
  country: CountryEstimate | null;
  /** The change since the previous month as an interval difference, when that month is estimated too. */
  change: { from: string; text: string } | null;
}

/** The card's figure on a month that shows the estimate: the range, its strongest line, the change. */
function EstimatedShare({ month, estimate }: { month: string; estimate: CardEstimate }) {
  const c = estimate.country;
  const strongest = c?.lines.find((l) => l.id === c.strongest);
  return (
    <>
      <dd id="card-estimate">
        {c
          ? `${rangeText(c)} (estimated from evidence)`
          : "no evidence holds this month: no estimate (unknown, not 0)"}
        {strongest ? (
          <span className="small card-estimate-line">
            {" "}
            Strongest evidence — {strongest.label}: <code>{strongest.arithmetic}</code>
          </span>
        ) : null}
        {c?.state === "conflict" ? (
          <span className="small">
            {" "}
            The lines disagree; each is worked through on the country page.
          </span>
        ) : null}
      </dd>
      {estimate.change ? (
        <>
          <dt>Change since {formatMonth(estimate.change.from)} (estimated, same assumptions)</dt>
          <dd id="card-estimate-change">{estimate.change.text}</dd>
        </>
      ) : null}
      {c ? (
        <dd className="small">
          <a href={`/country/${c.iso}?m=${month}#estimate`}>Every line, worked through</a>
        </dd>
      ) : null}
    </>
  );
}

/** The selected country in the month: share, method, nodes, pool servers, and a link to its history. */
export default function CountryPanel(props: {
  iso2: string;
  /** The name the month's data gives, if any; else the country history's (server-side) name. */
  name: string | null;
  month: string;
  method: string | null;
  share: CountryShare | null;
  nodes: number | null;
  pools: PoolsResponse | null;
  member: boolean;
  months: readonly TimelineMonth[];
  /**
   * The country's estimate from evidence in the month: `shown` when the month shows the estimate
   * (then it is the card's figure), else one switch away under the map.
   */
  estimate: CardEstimate | null;
  onClose: () => void;
}) {
  const history = useCountry(props.iso2).data;
  useEscape(props.onClose, true);
  const name = props.name ?? history?.name ?? props.iso2;
  const href = useLocationHref();
  const sourceName = new Map(history?.sources.map((s) => [s.id, s.name]));
  const named = (history?.series ?? []).flatMap((p) =>
    p.share === null
      ? []
      : [{ month: p.month, share: p.share, method: p.method, source: sourceName.get(p.source) }],
  );
  const servers = props.pools?.servers.filter((s) => s.country === props.iso2) ?? [];
  return (
    <section className="country-panel" aria-labelledby="country-heading">
      <header>
        <h2 id="country-heading">{name}</h2>
        <button
          type="button"
          className="close"
          aria-label="Close country panel"
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>Share, {formatMonth(props.month)}</dt>
        {props.estimate?.shown ? (
          <EstimatedShare month={props.month} estimate={props.estimate} />
        ) : (
          <dd>
            {props.share
              ? `${formatPercent(props.share.share)} (${props.method})`
              : props.method === null
                ? "no measured or reported source covers this month"
                : "not named by the month's source (unknown, not 0)"}
            {props.share?.flagged ? <span className="caveat"> * {props.share.caveat}</span> : null}
            {props.estimate?.country ? (
              <span className="small card-estimate-aside">
                {" "}
                — estimated from evidence: {rangeText(props.estimate.country)} (tick “Show the
                estimate” under the map)
              </span>
            ) : null}
          </dd>
        )}
        <dt>Reachable nodes</dt>
        <dd>{props.nodes === null ? NO_NODE_SNAPSHOT : formatCount(props.nodes)}</dd>
        <dt>Pool servers located here</dt>
        <dd>
          {servers.length ? servers.map((s) => `${s.name} (${s.host})`).join(", ") : "none known"}
        </dd>
        <dt>Global South</dt>
        <dd>
          {props.member
            ? "member under the selected definition"
            : "not a member under the selected definition"}
        </dd>
      </dl>
      {history && named.length === 0 ? (
        <NoShareEvidence history={history} />
      ) : history ? (
        <ShareChart
          months={props.months}
          series={named}
          month={props.month}
          label={`${name}'s share of hashrate`}
        />
      ) : (
        <p className="small">Loading {name}'s history…</p>
      )}
      <Link href={countryPage(props.iso2, href)}>Full history for {name} →</Link>
    </section>
  );
}
