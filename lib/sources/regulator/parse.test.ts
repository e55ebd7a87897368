import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { listRegulatorFigures } from "../../store/evidence";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { CsvImportError } from "../csv-records";
import { importFile } from "../run";

import { parseRegulatorCsv } from "./parse";

const importRegulatorCsv = (db: Parameters<typeof importFile>[0], path: string, now?: Date) =>
  importFile(db, "regulator", path, now);

/** Real figures for Ethiopia, Paraguay and Malaysia, trimmed by derive-seed. */
const REAL = readFileSync(
  "lib/sources/regulator/fixtures/energy_regulator_figures.trimmed.csv",
  "utf8",
);
const [header = "", ...rows] = REAL.trimEnd().split("\n");

function problems(text: string): string[] {
  try {
    parseRegulatorCsv(text);
  } catch (error) {
    if (error instanceof CsvImportError) return error.problems;
    throw error;
  }
  return [];
}

describe("the regulators' file", () => {
  test("reads EEP's 796.28 GWh over the period it describes and ANDE's MW at their dates, keeping non-numeric values as written", () => {
    const figures = parseRegulatorCsv(REAL);
    expect(figures).toHaveLength(rows.length);
    expect(
      figures.find((f) => f.metric === "electricity_supplied_to_data_mining_companies"),
    ).toMatchObject({
      country: "ET",
      value: "796.28",
      number: 796.28,
      unit: "GWh",
      asOf: "2024-07",
      periodStart: "2023-07-08",
      periodEnd: "2024-07-07",
      role: "energy",
    });
    const ande = figures.filter((f) => f.country === "PY" && f.unit === "MW" && f.asOf !== null);
    expect(ande.map((f) => [f.asOf, f.number])).toEqual(
      expect.arrayContaining([
        ["2023-11", 124.64],
        ["2025-02", 435],
      ]),
    );
    expect(parseRegulatorCsv(`\uFEFF${REAL.replaceAll("\n", "\r\n")}`).length).toBe(figures.length);
  });

  test.each([
    [
      "a bad ISO code",
      (r: string) => r.replace(/^[A-Z]{2},/, "ZZ,"),
      /country_iso2: unknown country/,
    ],
    ["a missing unit", (r: string) => r.replace(/,GWh,/, ",,"), /unit: is required/],
    [
      "an estimation role that is not one of the listed values",
      (r: string) => r.replace(/,(energy|load|capacity|partial|context)$/, ",guess"),
      /estimation_role: must be one of energy, load, capacity, partial, context/,
    ],
    [
      "a period that ends before it starts",
      (r: string) =>
        r.replace(
          /,(\d{4}-\d{2}-\d{2})?,(\d{4}-\d{2}-\d{2})?,([a-z]+)$/,
          ",2024-07-07,2023-07-08,$3",
        ),
      /period_end: is before period_start/,
    ],
    [
      "a malformed date",
      (r: string) => r.replace(/,(\d{4}-\d{2}-\d{2}),/, ",28/08/2024,"),
      /source_date: must be YYYY-MM-DD or blank/,
    ],
  ])("names the line of %s", (_name, edit, message) => {
    const text = [header, edit(rows[0] ?? ""), ...rows.slice(1)].join("\n");
    const found = problems(text);
    expect(found[0]).toMatch(/^line 2: /);
    expect(found[0]).toMatch(message);
  });

  test("refuses a figure given twice", () => {
    expect(problems(`${REAL}${rows[0]}\n`)).toEqual([
      `line ${rows.length + 2}: duplicate of line 2`,
    ]);
  });
});

describe.each(STORE_DIALECTS)("importing the regulators' file on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("replaces the stored figures in one go; a bad file changes nothing; the same file is a no-op", async () => {
    const store = current();
    const dir = mkdtempSync(join(tmpdir(), "atlas-reg-"));
    const good = join(dir, "good.csv");
    writeFileSync(good, REAL);
    expect((await importRegulatorCsv(store.db, good)).changed).toBe(true);
    const stored = await listRegulatorFigures(store.db);
    expect(stored).toHaveLength(rows.length);
    expect((await importRegulatorCsv(store.db, good)).changed).toBe(false);
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, REAL.replace("796.28,GWh", "796.28,"));
    await expect(importRegulatorCsv(store.db, bad)).rejects.toBeInstanceOf(CsvImportError);
    expect(await listRegulatorFigures(store.db)).toEqual(stored);
    const fewer = join(dir, "fewer.csv");
    writeFileSync(fewer, [header, ...rows.slice(0, 3)].join("\n"));
    await importRegulatorCsv(store.db, fewer);
    expect(await listRegulatorFigures(store.db)).toHaveLength(3);
  });
});
