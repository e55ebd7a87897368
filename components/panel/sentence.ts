/**
 * A source's own text (a licence, an attribution) as a sentence: ends with a full stop, so
 * "No open licence" and the attribution after it do not run together.
 */
export function sentence(text: string): string {
  const t = text.trim();
  if (t === "") return "";
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}
