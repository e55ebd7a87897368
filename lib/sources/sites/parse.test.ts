import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CsvImportError, MAX_CSV_BYTES } from "../csv-records";
import { parseSitesCsv } from "./parse";

/** Real rows (Paraguay, Ethiopia, closed and sold facts, undated ones), trimmed by derive-seed. */
const real = readFileSync("lib/sources/sites/fixtures/mining_sites.trimmed.csv", "utf8");
const [header = "", ...rows] = real.trimEnd().split("\n");

function problems(text: string): string[] {
  try {
    parseSitesCsv(text);
  } catch (error) {
    if (error instanceof CsvImportError) return error.problems;
    throw error;
  }
  return [];
}

/** The fixture with row `i` (0-based, after the header) replaced; its file line is i + 2. */
const withRow = (i: number, edit: (row: string) => string) =>
  [header, ...rows.map((r, j) => (j === i ? edit(r) : r))].join("\n");

describe("the sites file", () => {
  test("reads every real fact, undated ones with no date rather than a guessed one", () => {
    const facts = parseSitesCsv(real);
    expect(facts).toHaveLength(rows.length);
    const penguin = facts.filter((f) => f.siteId === "mara-penguin-hernandarias");
    expect(penguin.map((f) => [f.status, f.asOf, f.capacityMw, f.hashrateEhs])).toEqual([
      ["under_construction", "2023-10", 27, 1.1],
      ["energized", "2024-08", null, null],
    ]);
    const undated = facts.filter((f) => f.asOf === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((f) => f.country === "BT" || f.note.length > 0)).toBe(true);
    expect(new Set(facts.map((f) => f.precision))).toEqual(
      new Set(["locality", "region", "country"]),
    );
  });

  test("accepts a byte-order mark and CRLF line endings with the same result", () => {
    const facts = parseSitesCsv(real);
    expect(parseSitesCsv(`\uFEFF${real}`)).toEqual(facts);
    const crlf = parseSitesCsv(real.replaceAll("\n", "\r\n"));
    expect(crlf.map(({ line: _l, ...f }) => f)).toEqual(facts.map(({ line: _l, ...f }) => f));
  });

  test("a CRLF file with rows appended in an LF editor keeps every row apart", () => {
    const crlf = [header, ...rows.slice(0, -2)].join("\r\n");
    const mixed = `${crlf}\r\n${rows.slice(-2).join("\n")}\n`;
    expect(parseSitesCsv(mixed).map(({ line: _l, ...f }) => f)).toEqual(
      parseSitesCsv(real).map(({ line: _l, ...f }) => f),
    );
  });

  test.each([
    [
      "a bad ISO code",
      (r: string) => r.replace(/,PY,|,ET,|,UY,|,BT,/, ",XX,"),
      /country_iso2: unknown country/,
    ],
    [
      "latitude 999",
      (r: string) =>
        r.replace(/,(-?\d+\.\d+),(-?\d+\.\d+),(locality|region|country),/, ",999,$2,$3,"),
      /lat: lat must be between -90 and 90/,
    ],
    [
      "an unknown status",
      (r: string) =>
        r.replace(/,(energized|announced|under_construction|closed|sold|expanded),/, ",rumoured,"),
      /status: Invalid option/,
    ],
    [
      "a malformed date",
      (r: string) => r.replace(/,(20\d\d-\d\d),/, ",2024-13,"),
      /must be YYYY-MM/,
    ],
    [
      "a negative capacity",
      (r: string) => r.replace(/,(locality|region|country),(\d*(\.\d+)?),/, ",$1,-5,"),
      /capacity_mw/,
    ],
    [
      "an MW basis that is not one of the listed values",
      (r: string) =>
        r
          .replace(/,(locality|region|country),(\d*(\.\d+)?),/, ",$1,30,")
          .replace(/,([a-z_]*),(high|medium|low)$/, ",running,$2"),
      /mw_basis: must be one of energized_load, facility_capacity, contracted, planned, generation_nameplate, unknown/,
    ],
    [
      "a confidence that is not one of the listed values",
      (r: string) => r.replace(/,(high|medium|low)$/, ",certain"),
      /confidence: must be one of high, medium, low/,
    ],
    [
      "MW without its basis",
      (r: string) =>
        r
          .replace(/,(locality|region|country),(\d*(\.\d+)?),/, ",$1,30,")
          .replace(/,([a-z_]*),(high|medium|low)$/, ",,$2"),
      /mw_basis: is required when capacity_mw is given/,
    ],
    [
      "a relative source URL",
      (r: string) => r.replace(/,https?:\/\/[^,"]+/, ",/news/item"),
      /source_url: must be an absolute URL/,
    ],
  ])("names the line of %s and returns nothing", (_name, edit, message) => {
    const found = problems(withRow(3, edit));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^line 5: /);
    expect(found[0]).toMatch(message);
  });

  test("refuses a fact given twice and a site placed in two countries", () => {
    expect(problems(`${real}${rows[0]}\n`)).toEqual([
      `line ${rows.length + 2}: duplicate fact: same site, status, date and source as line 2`,
    ]);
    // MARA/Penguin Hernandarias has two facts; moving the second to Brazil contradicts the first.
    const second = rows.findLastIndex((r) => r.startsWith("mara-penguin-hernandarias,"));
    const found = problems(withRow(second, (r) => r.replace(",PY,", ",BR,")));
    expect(found).toEqual([
      expect.stringMatching(
        new RegExp(
          `^line ${second + 2}: site mara-penguin-hernandarias is in BR here but in PY on line \\d+$`,
        ),
      ),
    ]);
  });

  test("reports every bad line at once", () => {
    const text = withRow(2, (r) =>
      r.replace(/,(energized|announced|under_construction|closed|sold|expanded),/, ",x,"),
    );
    const twice = [
      header,
      ...text
        .split("\n")
        .slice(1)
        .map((r, j) =>
          j === 6
            ? r.replace(/,(-?\d+\.\d+),(-?\d+\.\d+),(locality|region|country),/, ",999,$2,$3,")
            : r,
        ),
    ].join("\n");
    expect(problems(twice).map((p) => p.split(":")[0])).toEqual(["line 4", "line 8"]);
  });

  test("refuses a 10 MB file before reading it, and a header without the expected columns", () => {
    const big = `${header}\n${rows[0]}\n`.padEnd(10 * 1024 * 1024, "\n");
    expect(big.length).toBeGreaterThan(MAX_CSV_BYTES);
    expect(problems(big)).toEqual(["the file is 10.0 MB; the limit is 5 MB"]);
    expect(problems(real.replace("status_as_of", "as_of"))[0]).toMatch(
      /^line 1: the header lacks "status_as_of"/,
    );
    expect(problems(header)).toEqual(["the file has a header but no rows"]);
  });
});
