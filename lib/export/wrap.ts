/**
 * Word-wrapping for text drawn on a canvas, which has none of its own. The measure function is
 * passed in (the canvas's `measureText` in the browser, a stub in tests).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: (s: string) => number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fitLine(l, maxWidth, measure));
  // Text that does not fit is cut visibly (an ellipsis), never silently.
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = fitLine(`${kept[last]} …`, maxWidth, measure, true);
  return kept.map((l, i) => (i === last ? l : fitLine(l, maxWidth, measure)));
}

/** Shortens a single line to `maxWidth`, ending it with an ellipsis when anything was cut. */
function fitLine(
  line: string,
  maxWidth: number,
  measure: (s: string) => number,
  cut = false,
): string {
  if (measure(line) <= maxWidth) return line;
  let s = cut ? line.replace(/ …$/, "") : line;
  while (s.length > 1 && measure(`${s}…`) > maxWidth) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}
