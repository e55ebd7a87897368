/**
 * Code-unit string order. `localeCompare` depends on the machine's ICU data and locale, which
 * would make "deterministic" output differ between a laptop and CI.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
