"use client";
import { type ReactNode, useId, useLayoutEffect, useState } from "react";
import { globalSouthEstimate, type MonthEstimate } from "@/lib/analytics/estimate/model";
import { formatEfficiency, parseEfficiency, parsePue } from "@/lib/core/assumption-params";
import { type Assumptions, DEFAULT_ASSUMPTIONS, EFFICIENCY_PRESETS } from "@/lib/core/assumptions";
import { formatMonth } from "@/lib/core/month";
import type { ViewState } from "@/lib/url-state/view-state";
import { rangeText, regionName } from "../atlas/useEstimate";
import { MethodBadge } from "../MethodBadge";
import { gsRangeText } from "./EstimatedHeadline";
import "./estimate-panel.css";

/**
 * The estimate beside the map: whether the month shows it (and the switch to it when a measured
 * or reported source covers the month), every assumption adjustable (changing one re-colours the
 * map from evidence already in the browser), the Global South's range and the selected
 * country's range with its strongest line.
 *
 * On a phone all but the heading and the switch are folded behind "Details": unfolded they
 * would take the map's place on the first screen, and the sheet below already gives the Global
 * South's range and the selected country's. The fold is CSS over state the server renders too
 * (folded), so neither width shifts anything when the page comes alive.
 */
export function EstimatePanel(props: {
  month: string;
  estimate: MonthEstimate | null;
  active: boolean;
  estimable: boolean;
  /** The stored method of the month, if a source covers it. */
  storedMethod: string | null;
  assumptions: Assumptions;
  preferEstimate: boolean;
  country: string | null;
  members: ReadonlySet<string>;
  definitionName: string;
  update: (patch: Partial<ViewState>) => void;
}) {
  const { estimate, active, country, update } = props;
  const [more, setMore] = useState(false);
  const detailId = useId();
  if (!props.estimable) return null;
  const selected = country ? estimate?.countries.find((c) => c.iso === country) : undefined;
  const strongest = selected?.lines.find((l) => l.id === selected.strongest);
  const gs = estimate ? globalSouth(estimate, props.members) : null;
  return (
    <section className="estimate-panel" data-more={more} aria-labelledby="estimate-panel-heading">
      <div className="estimate-head">
        <h2 id="estimate-panel-heading">
          Estimated from evidence <MethodBadge method="estimated" />
        </h2>
        {/* Shown on a phone only (estimate-panel.css): there the details below are folded. */}
        <button
          type="button"
          className="estimate-more"
          aria-label="Details of the estimate"
          aria-expanded={more}
          aria-controls={detailId}
          onClick={() => setMore((m) => !m)}
        >
          Details
        </button>
      </div>
      {props.storedMethod ? (
        <label className="estimate-switch">
          <input
            type="checkbox"
            checked={props.preferEstimate}
            onChange={(e) => update({ preferEstimate: e.currentTarget.checked })}
          />{" "}
          Show the estimate instead of the {props.storedMethod} shares for{" "}
          {formatMonth(props.month)}
        </label>
      ) : null}
      <div className="estimate-detail" id={detailId}>
        {active && estimate ? (
          <p className="small" id="estimate-status">
            {estimate.reason ??
              `${formatMonth(props.month)}: ${estimate.countries.length} countries carry evidence; the map colours each by the lower end of its range (outlined, dashed). Network hashrate ${estimate.networkEhs?.toFixed(1)} EH/s; efficiency ${estimate.efficiency?.label ?? "—"}${estimate.efficiency?.assumed ? ` (${estimate.efficiency.assumed})` : ""}.`}
          </p>
        ) : null}
        {active && gs ? (
          <p id="estimate-gs">
            Global South ({props.definitionName}): {gs}
          </p>
        ) : null}
        {active && country ? (
          <div id="estimate-country">
            <p>
              <strong>{regionName(country)}</strong>:{" "}
              {selected ? rangeText(selected) : "no evidence holds this month (no estimate)"}
            </p>
            {strongest ? (
              <p className="small">
                Strongest line — {strongest.label}: <code>{strongest.arithmetic}</code>
              </p>
            ) : null}
            <p className="small">
              <a href={`/country/${country}?m=${props.month}#estimate`}>
                All lines, worked through
              </a>
            </p>
          </div>
        ) : null}
        <AssumptionsBox>
          <AssumptionControls assumptions={props.assumptions} update={update} />
        </AssumptionsBox>
      </div>
    </section>
  );
}

/**
 * The assumptions, open on a wide screen and folded on a phone, where unfolded they would take
 * the map's place on the first screen and push the slider down. The server cannot know the
 * screen, so the box comes folded (as the server drew it) and a wide screen opens it before its
 * first paint; after that it is the reader's. No toggle handler: a state update on the toggle
 * event the browser fires for an opened box re-rendered the page in one long task.
 */
function AssumptionsBox({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  useLayoutEffect(() => {
    if (!window.matchMedia(NARROW).matches) setOpen(true);
  }, []);
  return (
    <details className="assumptions-box" open={open}>
      <summary>Assumptions: efficiency, PUE, window</summary>
      {children}
    </details>
  );
}

/** The phone layout's breakpoint (atlas.css). */
const NARROW = "(max-width: 48rem)";

function globalSouth(m: MonthEstimate, members: ReadonlySet<string>): string {
  const gs = globalSouthEstimate(m, members);
  const range = gsRangeText(gs);
  if (!range) return gs.reason ?? "no range this month.";
  return `${range} (${gs.members} member ${gs.members === 1 ? "country carries" : "countries carry"} evidence)`;
}

/** Presets and free bands for the efficiency, the PUE band and the window; each goes to the URL. */
function AssumptionControls({
  assumptions,
  update,
}: {
  assumptions: Assumptions;
  update: (patch: Partial<ViewState>) => void;
}) {
  const id = useId();
  const [effText, setEffText] = useState(formatEfficiency(assumptions.efficiency));
  const [pueText, setPueText] = useState(`${assumptions.pue[0]}-${assumptions.pue[1]}`);
  const set = (patch: Partial<Assumptions>) =>
    update({ assumptions: { ...assumptions, ...patch } });
  return (
    <fieldset className="assumptions">
      <legend>Assumptions</legend>
      <div className="presets">
        {EFFICIENCY_PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            aria-pressed={formatEfficiency(assumptions.efficiency) === formatEfficiency(p.choice)}
            onClick={() => {
              setEffText(formatEfficiency(p.choice));
              set({ efficiency: p.choice });
            }}
          >
            {p.label}
          </button>
        ))}
      </div>
      <label htmlFor={`${id}-eff`}>Efficiency (J/TH band, or cbeci / central25)</label>
      <input
        id={`${id}-eff`}
        value={effText}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setEffText(text);
          const v = parseEfficiency(text);
          if (v) set({ efficiency: v });
        }}
      />
      <label htmlFor={`${id}-pue`}>PUE band</label>
      <input
        id={`${id}-pue`}
        value={pueText}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setPueText(text);
          const v = parsePue(text);
          if (v) set({ pue: v });
        }}
      />
      <label htmlFor={`${id}-win`}>Window (months either side)</label>
      <input
        id={`${id}-win`}
        type="number"
        min={0}
        max={24}
        value={assumptions.window}
        onChange={(e) => {
          const w = Number(e.currentTarget.value);
          if (Number.isInteger(w) && w >= 0 && w <= 24) set({ window: w });
        }}
      />
      <button
        type="button"
        onClick={() => {
          setEffText("cbeci");
          setPueText(`${DEFAULT_ASSUMPTIONS.pue[0]}-${DEFAULT_ASSUMPTIONS.pue[1]}`);
          update({ assumptions: DEFAULT_ASSUMPTIONS });
        }}
      >
        Reset to CBECI's bounds, PUE 1.01–1.2, 3 months
      </button>
    </fieldset>
  );
}
