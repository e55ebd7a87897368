import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { listMinerFigures } from "../../store/estimate-inputs";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { CsvImportError } from "../csv-records";
import { importFile } from "../run";

import { parseMinersCsv } from "./parse";

const importMinersCsv = (db: Parameters<typeof importFile>[0], path: string, now?: Date) =>
  importFile(db, "miners", path, now);

const REAL = readFileSync(
  "lib/sources/public-miners/fixtures/public_miner_hashrate.trimmed.csv",
  "utf8",
);
const NOW = new Date("2026-12-06T00:00:00Z");

function write(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "atlas-miners-")), "miners.csv");
  writeFileSync(path, text);
  return path;
}

describe("parsing the listed miners' file", () => {
  test("keeps each figure's basis, country and month; a company total without a country stays without", () => {
    const figures = parseMinersCsv(REAL);
    const bit = figures.find((f) => f.company === "BIT Mining" && f.asOf === "2024-12-09");
    expect(bit).toMatchObject({
      country: "ET",
      metric: "mw",
      value: 35,
      basis: "energized",
      month: "2024-12",
    });
    expect(figures.some((f) => f.basis === "target")).toBe(true);
  });

  test("refuses a basis outside the listed words, with its line, and keeps nothing", () => {
    const bad = REAL.replace(",energized,site,", ",guessed,site,");
    expect(() => parseMinersCsv(bad)).toThrow(/line 2: basis: must be one of operating, energized/);
  });

  test("names every bad line: an unknown country and a date that is not YYYY-MM", () => {
    const [header, first, second, ...rest] = REAL.trimEnd().split("\n");
    const bad = [
      header,
      first?.replace(",ET,", ",XX,"),
      second?.replace(",2025-03,", ",March 2025,"),
      ...rest,
    ].join("\n");
    try {
      parseMinersCsv(bad);
      expect.unreachable();
    } catch (error) {
      expect((error as CsvImportError).problems).toEqual([
        expect.stringMatching(/^line 2: country_iso2: unknown country/),
        expect.stringMatching(/^line 3: as_of: must be YYYY-MM or YYYY-MM-DD/),
      ]);
    }
  });
});

describe.each(STORE_DIALECTS)("importing the listed miners' file on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("stores every figure, the same file again changes nothing, a newer one replaces it whole", async () => {
    const store = current();
    const rows = REAL.trimEnd().split("\n").length - 1;
    expect(await importMinersCsv(store.db, write(REAL), NOW)).toMatchObject({
      changed: true,
      rows,
    });
    const stored = await listMinerFigures(store.db);
    expect(stored).toHaveLength(rows);
    expect(await importMinersCsv(store.db, write(REAL), NOW)).toMatchObject({ changed: false });
    const newer = `${REAL}NewCo,NEW,2026-05,PY,Hernandarias,eh_s,1.5,operating,site,NewCo release,https://example.org/newco,"1.5 EH/s operating",high\n`;
    expect(await importMinersCsv(store.db, write(newer), NOW)).toMatchObject({
      changed: true,
      rows: rows + 1,
    });
    const py = await listMinerFigures(store.db, "PY");
    expect(py.find((f) => f.company === "NewCo")).toMatchObject({ value: 1.5, month: "2026-05" });
  });

  test("a file with a bad row changes nothing", async () => {
    const store = current();
    await importMinersCsv(store.db, write(REAL), NOW);
    const before = await listMinerFigures(store.db);
    const bad = REAL.replace(",high\n", ",certain\n");
    await expect(importMinersCsv(store.db, write(bad), NOW)).rejects.toBeInstanceOf(CsvImportError);
    expect(await listMinerFigures(store.db)).toEqual(before);
  });
});
