/**
 * The choropleth's colour scale: ColorBrewer YlOrRd, 8 classes — sequential and colour-blind
 * safe (distinguishable under deuteranopia, protanopia and tritanopia, and in greyscale).
 * Binned, not continuous: shares span four orders of magnitude (0.1 % … 75 %), and bins make
 * the legend readable and the colours comparable between months.
 */

/** Lower bounds (fractions) of classes 2..8; class 1 is everything below the first. */
export const BREAKS = [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.4] as const;

export const PALETTE = [
  "#ffffcc",
  "#ffeda0",
  "#fed976",
  "#feb24c",
  "#fd8d3c",
  "#fc4e2a",
  "#e31a1c",
  "#b10026",
] as const;

/** Countries the source does not name: neutral grey, clearly outside the sequential ramp. */
export const NO_DATA = "#e3e6eb";

/** Outline of countries in the selected Global South definition: a blue far from the ramp. */
export const GLOBAL_SOUTH_OUTLINE = "#1d4ed8";

/** Index of the class a share falls in (0..7). */
export function binIndex(share: number): number {
  let i = 0;
  while (i < BREAKS.length && share >= (BREAKS[i] ?? Number.POSITIVE_INFINITY)) i += 1;
  return i;
}

/** Fill colour for a share; null (not named by the source) is "no data". */
export function shareColour(share: number | null): string {
  if (share === null) return NO_DATA;
  return PALETTE[binIndex(share)] ?? NO_DATA;
}

function pct(v: number): string {
  return `${Number((v * 100).toFixed(1))}%`;
}

/** Legend labels, one per class: "< 0.5%", "0.5–1%", …, "≥ 40%". */
export function legendLabels(): string[] {
  return PALETTE.map((_, i) => {
    const lo = BREAKS[i - 1];
    const hi = BREAKS[i];
    if (lo === undefined && hi !== undefined) return `< ${pct(hi)}`;
    if (hi === undefined && lo !== undefined) return `≥ ${pct(lo)}`;
    return `${pct(lo ?? 0).replace("%", "")}–${pct(hi ?? 1)}`;
  });
}
