import { formatPercent } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/core/month";
import type { PoolHistoryView } from "@/lib/queries/pool-history-view";
import "./pool-stack.css";

const W = 640;
const H = 200;
/** Colour-blind-safe qualitative colours (Okabe–Ito) for the named pools, grey for the rest. */
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];
const OTHER = "#999999";
const UNKNOWN = "#dddddd";
/** A share to a tenth of a point, as every share on the site is written. */
const tenths = (x: number) => formatPercent(Math.round(x * 1000) / 1000);

/**
 * The largest pools' shares of each month's blocks, stacked (one band per pool, then the other
 * named pools, then unknown on top), with the selected month marked. Months without pool data are
 * simply not in the series: the x axis is the months that have it.
 */
export function PoolStack({ view, month }: { view: PoolHistoryView; month: string }) {
  const n = view.shares.length;
  if (n === 0) return <p className="gap">No pool data.</p>;
  const x = (i: number) => (n === 1 ? W / 2 : (i / (n - 1)) * W);
  const y = (v: number) => H - v * H;
  const bands = [
    ...view.stacked.map((p, k) => ({
      key: p.slug,
      name: p.name,
      colour: COLOURS[k] ?? OTHER,
      of: (i: number) => view.shares[i]?.pools[k] ?? 0,
    })),
    {
      key: "other",
      name: "other named pools",
      colour: OTHER,
      of: (i: number) => view.shares[i]?.other ?? 0,
    },
    {
      key: "unknown",
      name: "unknown (no tag or address matched)",
      colour: UNKNOWN,
      of: (i: number) => view.shares[i]?.unknown ?? 0,
    },
  ];
  const base = new Array<number>(n).fill(0);
  const paths = bands.map((b) => {
    const lower = [...base];
    for (let i = 0; i < n; i += 1) base[i] = (base[i] ?? 0) + b.of(i);
    const top = base.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    const bottom = lower.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).reverse();
    return { ...b, d: `M${top.join("L")}L${bottom.join("L")}Z` };
  });
  const at = view.shares.findIndex((s) => s.month === month);
  const sel = view.shares[at];
  const first = view.shares[0]?.month ?? "";
  const last = view.shares.at(-1)?.month ?? "";
  return (
    <figure className="pool-stack">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Shares of blocks by pool, ${formatMonth(first)} to ${formatMonth(last)}${
          sel
            ? `; ${formatMonth(month)}: ${view.stacked
                .map((p, k) => `${p.name} ${tenths(sel.pools[k] ?? 0)}`)
                .join(", ")}, unknown ${tenths(sel.unknown)}`
            : ""
        }`}
      >
        {paths.map((p) => (
          <path key={p.key} d={p.d} fill={p.colour} />
        ))}
        {at >= 0 ? (
          <line x1={x(at)} x2={x(at)} y1={0} y2={H} stroke="#000" strokeWidth={1.5} />
        ) : null}
      </svg>
      <figcaption className="small">
        <ul className="pool-stack-key">
          {paths.map((p) => (
            <li key={p.key}>
              <span className="swatch" style={{ background: p.colour }} /> {p.name}
            </li>
          ))}
        </ul>
        Shares of each month's blocks (an estimate of hashrate share), {formatMonth(first)} –{" "}
        {formatMonth(last)}; the line marks {formatMonth(month)}.
      </figcaption>
    </figure>
  );
}
