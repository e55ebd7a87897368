/**
 * Percent strings to fractions by moving the decimal point in the digit string, not by dividing
 * floats: 72.33 / 100 is 0.7232999999999999 in binary floating point (72 of the 290 CBECI values
 * go wrong that way), while Number("0.7233") is the double nearest to 0.7233 — the value a
 * reader of the JSON expects.
 */

const PERCENT_NUMBER = /^(\d+)(?:\.(\d+))?$/;

/** "75.53%" → 0.7553, "6.1%" → 0.061, "0%" → 0. Throws, quoting the input, on anything else. */
export function percentToFraction(text: string): number {
  if (!text.endsWith("%")) throw new Error(`Not a percentage (no "%"): ${JSON.stringify(text)}`);
  return percentNumberToFraction(text.slice(0, -1), text);
}

/** The same for a bare percent number ("36.025" meaning 36.025 %), as in the estimates CSV. */
export function percentNumberToFraction(text: string, original: string = text): number {
  const match = PERCENT_NUMBER.exec(text);
  if (match === null) throw new Error(`Not a percentage: ${JSON.stringify(original)}`);
  const whole = (match[1] ?? "").padStart(3, "0");
  const decimal = `${whole.slice(0, -2)}.${whole.slice(-2)}${match[2] ?? ""}`;
  const fraction = Number(decimal);
  if (!Number.isFinite(fraction) || fraction > 1) {
    throw new Error(`Percentage out of range 0–100: ${JSON.stringify(original)}`);
  }
  return fraction;
}
