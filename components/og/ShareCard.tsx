import { formatPercent } from "@/lib/analytics/format";
import { formatRange, formatTenths, isPoint } from "@/lib/analytics/range";
import { formatMonth } from "@/lib/core/month";

/** The card's figure: the range, or the named sum alone for snapshots frozen before ranges. */
export function cardFigure(
  point: { share: number; low?: number; high?: number; unattributed?: number } | undefined,
): { value: string | null; note: string | null } {
  if (!point) return { value: null, note: null };
  if (typeof point.low !== "number" || typeof point.high !== "number")
    return { value: formatPercent(point.share), note: "named countries only" };
  const range = { low: point.low, high: point.high };
  return {
    value: formatRange(range),
    note: isPoint(range)
      ? null
      : `a range: ${formatTenths(point.high - point.low)} points of hashrate are not attributed to a named country`,
  };
}

interface ShareCardProps {
  month: string;
  definitionName: string;
  /** The formatted Global South figure (a range where the source leaves hashrate open). */
  globalSouth: string | null;
  /** What the figure is, e.g. why it is a range. */
  globalSouthNote: string | null;
  /** Caveats the source attaches to the month (relocation flags), quoted with the number. */
  caveats: readonly string[];
  method: string;
  /** `south` null = a bucket no country can be given for (drawn grey). */
  rows: { name: string; share: number; south: boolean | null }[];
  attribution: string;
  footnote: string;
}

/**
 * The social preview (1200×630) drawn by next/og: the month, the Global South share, the
 * leading countries as bars, and the attribution. Inline styles only — satori supports no CSS files.
 */
export function ShareCard(p: ShareCardProps) {
  const max = Math.max(...p.rows.map((r) => r.share), 0.01);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        padding: 56,
        background: "#f5f7fa",
        color: "#1d2430",
        fontSize: 28,
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline" }}>
        <div style={{ fontSize: 40, fontWeight: 700 }}>Hashrate Atlas</div>
        <div style={{ color: "#5b6577" }}>{formatMonth(p.month)}</div>
      </div>
      <div style={{ display: "flex", marginTop: 28, gap: 48 }}>
        <div style={{ display: "flex", flexDirection: "column", width: 380 }}>
          <div style={{ color: "#5b6577" }}>Global South share</div>
          <div style={{ fontSize: (p.globalSouth?.length ?? 0) > 8 ? 60 : 96, fontWeight: 700 }}>
            {p.globalSouth ?? "—"}
          </div>
          <div style={{ color: "#5b6577", fontSize: 24 }}>
            {`${p.definitionName} · ${p.method}`}
          </div>
          {p.globalSouthNote ? (
            <div style={{ color: "#5b6577", fontSize: 20, marginTop: 8 }}>{p.globalSouthNote}</div>
          ) : null}
        </div>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, gap: 10 }}>
          {p.rows.map((r) => (
            <div key={r.name} style={{ display: "flex", alignItems: "center", gap: 12 }}>
              <div style={{ width: 220, fontSize: 24 }}>{r.name}</div>
              <div
                style={{
                  display: "flex",
                  height: 26,
                  width: Math.round((r.share / max) * 320),
                  background: r.south === null ? "#b8bec9" : r.south ? "#e66101" : "#5e81ac",
                }}
              />
              <div style={{ fontSize: 24 }}>{formatPercent(r.share)}</div>
            </div>
          ))}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          marginTop: "auto",
          fontSize: 20,
          color: "#5b6577",
        }}
      >
        {p.caveats.slice(0, 2).map((c) => (
          <div key={c}>{`Caveat: ${c}`}</div>
        ))}
        <div>{p.footnote}</div>
        <div>{p.attribution}</div>
      </div>
    </div>
  );
}
