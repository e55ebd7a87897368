import { PARAM } from "@/app/search-params";
import { formatMonth } from "@/lib/analytics/month";
import type { Definition } from "@/lib/geo/definition-schema";

/** A plain GET form: works without JavaScript and keeps the view in the URL. */
export function ViewForm(props: {
  months: { month: string; method: string }[];
  month: string;
  definitions: Definition[];
  definition: string;
}) {
  return (
    <form className="view-form" method="get" action="/">
      <label>
        Month
        <select name={PARAM.month} defaultValue={props.month}>
          {props.months.map((m) => (
            <option key={m.month} value={m.month}>
              {formatMonth(m.month)} ({m.method})
            </option>
          ))}
        </select>
      </label>
      <label>
        Global South definition
        <select name={PARAM.definition} defaultValue={props.definition}>
          {props.definitions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Show</button>
    </form>
  );
}
