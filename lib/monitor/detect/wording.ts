/** Percentage-point and percent wording shared by the detectors' titles and summaries. */

export function pp(delta: number): string {
  const value = Math.round(delta * 1000) / 10;
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value)} pp`;
}

export function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
