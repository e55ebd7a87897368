import { CHART_PAD as PAD, CHART_W as W } from "./chart-axis";
import "./chart.css";

/** The value under the pointer or keyboard cursor: a guide line, a ring and a label at the top. */
export function ChartTip({
  x,
  y,
  text,
  height,
}: {
  x: number;
  y: number;
  text: string;
  height: number;
}) {
  // Roughly 5.3 px per character at the 9 px axis font: enough to box the label.
  const width = text.length * 5.3 + 8;
  const left = Math.max(PAD.l, Math.min(W - PAD.r - width, x - width / 2));
  return (
    <g className="chart-tip">
      <line x1={x} x2={x} y1={PAD.t} y2={height - PAD.b} className="tip-guide" />
      <circle cx={x} cy={y} r={4.5} className="tip-ring" />
      <rect x={left} y={0} width={width} height={12} rx={2} className="tip-box" />
      <text x={left + 4} y={9} className="tip-text">
        {text}
      </text>
    </g>
  );
}
