import { parse } from "csv-parse/sync";

/**
 * Reading an operator's CSV file: every problem found, each with its line number, and nothing
 * written unless there are none. Shared by the imports of reported figures, mining sites and
 * regulators' figures.
 */
export class CsvImportError extends Error {
  override name = "CsvImportError";
  constructor(readonly problems: string[]) {
    super(`CSV not imported (nothing was written):\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

/** A CSV import larger than this is refused before parsing: these files are hundreds of rows. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/**
 * Data rows an import may hold. The real files have about a hundred; 5 MB alone would admit
 * ~70,000 site rows, and every view and alert over them grows with it.
 */
export const MAX_CSV_ROWS = 5_000;

/**
 * Rows an evidence file (known sites, regulators' figures) may hold: the real files have about
 * a hundred and two hundred. Every view over them (site states, capacity, a country's evidence)
 * and the map's sites layer grows with the file, so the cap is ten times what is real, below
 * the general CSV cap.
 */
export const MAX_EVIDENCE_ROWS = 1_000;

/**
 * Control characters other than tab, CR and LF (C0, DEL, C1): a NUL breaks PostgreSQL's text
 * columns, an ESC reaches an operator's terminal through the log. Never part of real data.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

interface CsvRecord {
  /** The file line the record starts on (1 = the header). */
  line: number;
  values: Record<string, string>;
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

/**
 * Records keyed by header name, and the problems of rows that could not be read (to be reported
 * with the others). The header must hold every `required` column (in any order); other columns
 * are ignored. A byte-order mark and CRLF line endings are accepted. A file that cannot be read
 * at all throws.
 */
export function readCsvRecords(
  text: string,
  required: readonly string[],
  /** The header must be exactly `required`, in order (a format that has no other columns). */
  exact = false,
): { records: CsvRecord[]; problems: string[] } {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CSV_BYTES)
    throw new CsvImportError([
      `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_CSV_BYTES / 1024 / 1024} MB`,
    ]);
  refuseControlCharacters(text);
  let records: Parsed[];
  try {
    // `info: true` makes each record `{ record, info }`; the typings do not follow the option.
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      // Both endings, always: csv-parse otherwise takes the first line's ending for the whole
      // file, and a row appended with the other one silently merges into the row before it.
      record_delimiter: ["\r\n", "\n"],
    }) as unknown as Parsed[];
  } catch (error) {
    throw new CsvImportError([`not readable as CSV: ${(error as Error).message}`]);
  }
  const [header, ...body] = records;
  const names = header?.record.map((h) => h.trim()) ?? [];
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  // Two columns of one name: which one counts would be a guess (csv-parse keeps the last).
  if (repeated.length > 0)
    throw new CsvImportError([
      `line 1: the header repeats ${[...new Set(repeated)].map((n) => `"${n}"`).join(", ")}`,
    ]);
  if (body.length > MAX_CSV_ROWS)
    throw new CsvImportError([
      `the file has ${body.length} rows; the limit is ${MAX_CSV_ROWS} (these files hold hundreds)`,
    ]);
  if (exact && names.join(",") !== required.join(","))
    throw new CsvImportError([
      `line 1: header must be exactly "${required.join(",")}" (found "${header?.record.join(",") ?? ""}")`,
    ]);
  const missing = required.filter((c) => !names.includes(c));
  if (!header || missing.length > 0)
    throw new CsvImportError([
      `line 1: the header lacks ${missing.map((m) => `"${m}"`).join(", ")} (expected the columns ${required.join(",")})`,
    ]);
  const problems: string[] = [];
  const out: CsvRecord[] = [];
  for (const { record, info } of body) {
    if (record.length !== names.length) {
      problems.push(`line ${info.lines}: expected ${names.length} columns, found ${record.length}`);
      continue;
    }
    out.push({
      line: info.lines,
      values: Object.fromEntries(names.map((n, i) => [n, record[i] ?? ""])),
    });
  }
  if (out.length === 0 && problems.length === 0)
    throw new CsvImportError(["the file has a header but no rows"]);
  return { records: out, problems };
}

/** Refuses control characters, naming the first lines that hold one. */
function refuseControlCharacters(text: string): void {
  if (!CONTROL.test(text)) return;
  const lines = text
    .split("\n")
    .flatMap((l, i) => (CONTROL.test(l) ? [i + 1] : []))
    .slice(0, 10);
  throw new CsvImportError(
    lines.map(
      (l) =>
        `line ${l}: holds a control character (NUL, ESC, …); only tab and line ends are allowed`,
    ),
  );
}

/** Zod issues as "line 12: lat: must be between -90 and 90". */
export function lineProblems(
  line: number,
  issues: readonly { path: PropertyKey[]; message: string }[],
): string[] {
  return issues.map((i) => `line ${line}: ${i.path.map(String).join(".")}: ${i.message}`);
}
