import { memo } from "react";
import { formatMonth } from "@/lib/core/month";
import type { Layer, LayerSet, ViewState } from "@/lib/url-state/view-state";
import "./controls.css";

const LAYER_LABELS: Record<Layer, string> = {
  shares: "Hashrate share",
  nodes: "Nodes",
  pools: "Pool servers",
  sites: "Mining sites",
};

/** The definition selector, the layer toggles and the compare-month picker (memoised: a slider step changes none of its props). */
export const ViewControls = memo(function ViewControls(props: {
  definitions: readonly { id: string; name: string }[];
  definition: string;
  layers: LayerSet;
  months: readonly string[];
  compare: string | null;
  update: (patch: Partial<ViewState>) => void;
}) {
  const { update } = props;
  return (
    <div className="controls">
      <label className="field">
        Global South definition
        <select value={props.definition} onChange={(e) => update({ definition: e.target.value })}>
          {props.definitions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="layers">
        <legend>Map layers</legend>
        {(Object.keys(LAYER_LABELS) as Layer[]).map((l) => (
          <label key={l}>
            <input
              type="checkbox"
              checked={props.layers[l]}
              onChange={(e) => update({ layers: { ...props.layers, [l]: e.target.checked } })}
            />
            {LAYER_LABELS[l]}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Compare with
        <select
          value={props.compare ?? ""}
          onChange={(e) => {
            const compare = e.target.value || null;
            // Entering compare mode shows both months whole: the maps fit the world.
            update(compare && !props.compare ? { compare, view: null } : { compare });
          }}
        >
          <option value="">No comparison</option>
          {props.months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
