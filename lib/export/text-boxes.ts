/**
 * Whether an exported frame's text can be read: every text box inside the frame, none on top of
 * another, none cut by the footer's divider. Pure, so the unit test (boxes measured by a stub)
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

export function textProblems(
  boxes: readonly TextBox[],
  frame: { width: number; height: number; dividerY: number },
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
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > SLACK && y > SLACK) problems.push(`"${short(a.text)}" overlaps "${short(b.text)}"`);
    }
  });
  return problems;
}
