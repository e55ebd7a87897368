/**
 * Whether an exported frame's text can be read and hides nothing: every text box inside the frame,
 * none on top of another, none cut by the footer's divider, none over a site marker (a "No data"
 * banner once hid southern South America's sites). Pure, so the unit test (boxes measured by a stub)
 * and the e2e test (boxes measured by the browser in the downloaded SVG) share the rule.
 */
export interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Overlaps of less than this (px) are anti-aliasing, not text on text. */
const SLACK = 0.5;

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

const overlap = (a: TextBox, b: TextBox) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;

/** `marks`: the boxes of what text must never cover (the site markers, paint-sites.ts). */
export function textProblems(
  boxes: readonly TextBox[],
  frame: { width: number; height: number; dividerY: number },
  marks: readonly TextBox[] = [],
): string[] {
  const problems: string[] = [];
  for (const b of boxes) {
    if (b.left < -SLACK || b.top < -SLACK || b.right > frame.width + SLACK)
      problems.push(`"${short(b.text)}" runs off the frame`);
    else if (b.bottom > frame.height + SLACK)
      problems.push(`"${short(b.text)}" is cut at the bottom`);
    if (b.top + SLACK < frame.dividerY && b.bottom - SLACK > frame.dividerY)
      problems.push(`the divider cuts "${short(b.text)}"`);
  }
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (overlap(a, b)) problems.push(`"${short(a.text)}" overlaps "${short(b.text)}"`);
    for (const m of marks)
      if (overlap(a, m)) problems.push(`"${short(a.text)}" covers ${short(m.text)}`);
  });
  return problems;
}
