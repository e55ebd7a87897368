import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { CsvImportError, MAX_CSV_BYTES, MAX_CSV_ROWS } from "./csv-records";
import { decodeUtf8, readImportFile } from "./import-file";
import { parseRegulatorCsv } from "./regulator/parse";
import { parseReportedCsv } from "./reported/parse";
import { parseSitesCsv } from "./sites/parse";

/** A hostile or careless file: the import checks before it reads, and stores only http(s) links. */

const REAL = readFileSync("lib/sources/sites/fixtures/mining_sites.trimmed.csv", "utf8");
const [HEADER = "", FIRST = ""] = REAL.split("\n");
const dir = mkdtempSync(join(tmpdir(), "atlas-import-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function refusal(work: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof CsvImportError) return error.problems.join("\n");
    throw error;
  }
  throw new Error("expected a CsvImportError");
}

describe("reading an import file", () => {
  test("/dev/zero is refused without reading it", async () => {
    expect(await refusal(() => readImportFile("/dev/zero"))).toMatch(/not a regular file/);
  });

  test("a FIFO is refused without waiting for a writer", async () => {
    const fifo = join(dir, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    expect(await refusal(() => readImportFile(fifo))).toMatch(/not a regular file/);
  });

  test("a directory and a missing path are refused with their reason", async () => {
    expect(await refusal(() => readImportFile(dir))).toMatch(/not a regular file/);
    expect(await refusal(() => readImportFile(join(dir, "nope.csv")))).toMatch(/ENOENT/);
  });

  test("a file over the byte cap is refused by its size, before any read", async () => {
    const big = write("big.csv", "");
    truncateSync(big, 1024 * 1024 * 1024); // 1 GiB, sparse: costs no disk
    expect(await refusal(() => readImportFile(big))).toMatch(/1024\.0 MB; the limit is 5\.0 MB/);
    truncateSync(big, MAX_CSV_BYTES + 1);
    expect(await refusal(() => readImportFile(big))).toMatch(/the limit is 5\.0 MB/);
  });

  test("a file within the cap is read whole", async () => {
    const path = write("ok.csv", REAL);
    expect((await readImportFile(path)).toString("utf8")).toBe(REAL);
  });

  test("Latin-1 text is refused with the line of the first bad byte, UTF-8 with a BOM is read", () => {
    const latin1 = Buffer.from(`${HEADER}\n${FIRST}\nS\xe3o Paulo\n`, "latin1");
    expect(() => decodeUtf8(latin1)).toThrow(/line 3: not valid UTF-8/);
    expect(decodeUtf8(Buffer.from("\ufeffSão Paulo", "utf8"))).toContain("São Paulo");
  });
});

describe("reading the CSV", () => {
  test("a repeated header is refused, not resolved by the last one winning", async () => {
    const text = `${HEADER},note\n${FIRST},second note\n`;
    expect(await refusal(() => parseSitesCsv(text))).toMatch(/line 1: the header repeats "note"/);
  });

  test("NUL and ESC bytes are refused with their line", async () => {
    const nul = `${HEADER}\n${FIRST}\n${FIRST.replace("The Bhutanese", "The\u0000Bhutanese")}\n`;
    expect(await refusal(() => parseSitesCsv(nul))).toMatch(/line 3: holds a control character/);
    const esc = `${HEADER}\n${FIRST.replace("The Bhutanese", "\u001b[31mThe Bhutanese")}\n`;
    expect(await refusal(() => parseSitesCsv(esc))).toMatch(/line 2: holds a control character/);
  });

  test("a 20,000-row sites file is refused whole", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `s-${i},NewCo,Site ${i},PY,Hernandarias,-25.41,-54.64,locality,60,,energized,2025-11,,,news,https://example.org/${i},2025-11-03,`,
    );
    expect(await refusal(() => parseSitesCsv(`${HEADER}\n${rows.join("\n")}\n`))).toMatch(
      /has 20000 rows; the limit is 5000/,
    );
  });

  test("more rows than the cap are refused whole", async () => {
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, () => FIRST);
    const text = `${HEADER}\n${rows.join("\n")}\n`;
    expect(await refusal(() => parseSitesCsv(text))).toMatch(
      new RegExp(`has ${MAX_CSV_ROWS + 1} rows; the limit is ${MAX_CSV_ROWS}`),
    );
  });
});

describe("stored links are http(s) only", () => {
  const bad = [
    "javascript:alert(document.domain)",
    "data:text/html,<script>1</script>",
    "ftp://example.com/a",
    "JaVaScRiPt:alert(1)",
    "https://",
  ];

  test.each(bad)("a sites row with source_url=%s is refused with its line", async (url) => {
    const row = FIRST.replace(/https?:\/\/[^,]+/, url.includes(",") ? `"${url}"` : url);
    expect(await refusal(() => parseSitesCsv(`${HEADER}\n${row}\n`))).toMatch(
      /line 2: source_url: must be an absolute URL \(http:\/\/ or https:\/\/\)/,
    );
  });

  test("a reported row and a regulator row with a javascript: link are refused", async () => {
    const reported = "month,country,share,source,url\n2024-01,US,0.3,Someone,javascript:alert(1)\n";
    expect(await refusal(() => parseReportedCsv(reported))).toMatch(/line 2: url:/);
    const regulator = readFileSync(
      "lib/sources/regulator/fixtures/energy_regulator_figures.trimmed.csv",
      "utf8",
    );
    const [head = "", row = ""] = regulator.split("\n");
    const poisoned = `${head}\n${row.replace(/https?:\/\/[^,"]+/, "javascript:alert(1)")}\n`;
    expect(await refusal(() => parseRegulatorCsv(poisoned))).toMatch(/line 2: source_url:/);
  });
});

const run = promisify(execFile);

describe("atlas import refuses with exit code 2 and a clear message", () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ATLAS_DB_PATH: join(dir, "atlas.db"),
    ATLAS_OFFLINE: "1",
  };
  delete env.DATABASE_URL;
  const atlas = (...args: string[]) =>
    run("node_modules/.bin/tsx", ["lib/cli/main.ts", ...args], { env, timeout: 60_000 }).then(
      () => ({ code: 0, out: "" }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        out: e.stdout + e.stderr,
      }),
    );

  test("from /dev/zero, a FIFO and a javascript: link", async () => {
    const zero = await atlas("import", "sites", "/dev/zero");
    expect(zero).toMatchObject({ code: 2 });
    expect(zero.out).toMatch(/not a regular file/);
    const fifo = join(dir, "cli-pipe.csv");
    execFileSync("mkfifo", [fifo]);
    expect(await atlas("import", "regulator", fifo)).toMatchObject({ code: 2 });
    const row = FIRST.replace(/https?:\/\/[^,]+/, "javascript:alert(1)");
    const js = await atlas("import", "sites", write("js.csv", `${HEADER}\n${row}\n`));
    expect(js).toMatchObject({ code: 2 });
    expect(js.out).toMatch(/source_url: must be an absolute URL \(http/);
  }, 120_000);
});
