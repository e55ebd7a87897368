/** RFC 4180 CSV: quote a field only when it needs it; CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): string {
  const line = (fields: ReadonlyArray<unknown>) => fields.map(csvField).join(",");
  return `${[line(header), ...rows.map(line)].join("\r\n")}\r\n`;
}

/**
 * Spreadsheet apps run a cell starting with =, +, - or @ as a formula, and skip a leading tab or
 * carriage return before deciding (OWASP "CSV injection"); such a cell gets a leading quote.
 * A plain number (a negative share change) stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i;

function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}
