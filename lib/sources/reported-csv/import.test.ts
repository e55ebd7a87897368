import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, inject, test } from "vitest";
import { migrateToLatest, type Store } from "../../store/db";
import { createTestStore, STORE_DIALECTS, type TestStore } from "../../store/testing";
import { importReportedCsv } from "./index";
import { CsvImportError, parseReportedCsv } from "./parse";

/** Transcribed Hashrate Index Q2 2025 figures (raw/estimates), in the import format. */
const GOOD = readFileSync("lib/sources/reported-csv/fixtures/hashrate-index-2025-q2.csv", "utf8");
const [HEADER = "", FIRST = "", SECOND = ""] = GOOD.split("\n");

function problemsOf(text: string): string[] {
  try {
    parseReportedCsv(text);
  } catch (error) {
    if (error instanceof CsvImportError) return error.problems;
    throw error;
  }
  return [];
}

const bad: [string, string, RegExp][] = [
  [
    "a bad month",
    `${HEADER}\n${FIRST}\n${SECOND.replace("2025-05", "2025-13")}\n`,
    /^line 3: month: month must be YYYY-MM/,
  ],
  [
    "a share above 1",
    `${HEADER}\n${FIRST.replace("0.36025", "1.5")}\n`,
    /^line 2: share: share must be a fraction between 0 and 1/,
  ],
  [
    "an unknown country",
    `${HEADER}\n${FIRST}\n${SECOND.replace(",RU,", ",XK9,")}\n`,
    /^line 3: country: unknown country/,
  ],
  ["a duplicate row", `${HEADER}\n${FIRST}\n${SECOND}\n${FIRST}\n`, /^line 4: duplicate of line 2/],
  [
    "a wrong header",
    `${HEADER.replace("share", "percent")}\n${FIRST}\n`,
    /^line 1: header must be exactly "month,country,share,source,url"/,
  ],
];

describe("reported CSV validation", () => {
  test("accepts the transcribed Hashrate Index figures", () => {
    expect(parseReportedCsv(GOOD)).toHaveLength(GOOD.trim().split("\n").length - 1);
  });

  test.each(bad)("refuses %s with a line-numbered error", (_name, text, expected) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });
});

describe.each(STORE_DIALECTS)("atlas import on %s", (dialect) => {
  let testStore: TestStore;
  let store: Store;
  const dir = mkdtempSync(join(tmpdir(), "atlas-csv-"));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeEach(async () => {
    testStore = await createTestStore(dialect, inject("pgUrl"));
    store = await testStore.open();
    await migrateToLatest(store.db);
  });
  afterEach(async () => {
    await store.close();
    await testStore.destroy();
  });

  const count = async () =>
    (await store.db.selectFrom("country_shares").select("month").execute()).length;

  test("writes every row as a reported share with its source, once", async () => {
    const path = file("good.csv", GOOD);
    expect(await importReportedCsv(store.db, path)).toMatchObject({
      changed: true,
      sources: ["reported-hashrate-index"],
    });
    const rows = await store.db.selectFrom("country_shares").selectAll().execute();
    expect(rows).toHaveLength(parseReportedCsv(GOOD).length);
    expect(
      rows.every((r) => r.method === "reported" && r.source_id === "reported-hashrate-index"),
    ).toBe(true);
    expect(await importReportedCsv(store.db, path)).toMatchObject({ changed: false });
    expect(await count()).toBe(rows.length);
  });

  test.each(bad)("writes nothing when the file has %s", async (name, text) => {
    const path = file(`${name.replace(/\W+/g, "-")}.csv`, text);
    await expect(importReportedCsv(store.db, path)).rejects.toBeInstanceOf(CsvImportError);
    expect(await count()).toBe(0);
  });
});
