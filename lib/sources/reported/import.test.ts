import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import type { Store } from "../../store/db";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { importFile } from "../run";

import { CsvImportError, parseReportedCsv } from "./parse";

const importReportedCsv = (db: Parameters<typeof importFile>[0], path: string, now?: Date) =>
  importFile(db, "reported", path, now);

/** Transcribed Hashrate Index Q2 2025 figures (raw/estimates), in the import format. */
const GOOD = readFileSync("lib/sources/reported/fixtures/hashrate-index-2025-q2.csv", "utf8");
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
    "two spellings of one source",
    `${HEADER}\n${FIRST}\n${SECOND.replace("Hashrate Index", "hashrate index")}\n`,
    /^line 3: source "hashrate index" and "Hashrate Index" \(line 2\) are the same source \(reported-hashrate-index\)/,
  ],
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
  const current = useMigratedStore(dialect);
  let store: Store;
  const dir = mkdtempSync(join(tmpdir(), "atlas-csv-"));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeEach(async () => {
    store = current();
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

  const stored = () =>
    store.db
      .selectFrom("country_shares")
      .select(["month", "label", "share"])
      .where("source_id", "=", "reported-hashrate-index")
      .orderBy("month")
      .orderBy("label")
      .execute();

  test("a corrected file replaces its months' rows; other months stay; A → B → A ends in A", async () => {
    const body = GOOD.trim().split("\n").slice(1);
    const april = FIRST.replace("2025-05", "2025-04");
    await importReportedCsv(store.db, file("april.csv", `${HEADER}\n${april}\n`));
    const a = file("a.csv", GOOD);
    const b = file("b.csv", `${HEADER}\n${body.slice(1).join("\n")}\n`); // first row dropped
    expect(await importReportedCsv(store.db, a)).toMatchObject({ changed: true });
    const inA = await stored();
    expect(inA).toHaveLength(body.length + 1);
    expect(await importReportedCsv(store.db, b)).toMatchObject({ changed: true });
    const inB = await stored();
    expect(inB).toHaveLength(body.length);
    expect(inB.filter((r) => r.month === "2025-05").map((r) => r.label)).not.toContain("US");
    expect(inB.filter((r) => r.month === "2025-04")).toEqual([
      { month: "2025-04", label: "US", share: 0.36025 },
    ]);
    expect(await importReportedCsv(store.db, b)).toMatchObject({ changed: false });
    expect(await importReportedCsv(store.db, a)).toMatchObject({ changed: true });
    expect(await stored()).toEqual(inA);
  });

  test("names that differ only in case or punctuation are refused together, not half-imported", async () => {
    const text = `${HEADER}\n${FIRST}\n${SECOND.replace("Hashrate Index", "hashrate-index")}\n`;
    await expect(importReportedCsv(store.db, file("two.csv", text))).rejects.toThrow(
      /line 3: source "hashrate-index" and "Hashrate Index" \(line 2\)/,
    );
    expect(await count()).toBe(0);
  });

  test.each(bad)("writes nothing when the file has %s", async (name, text) => {
    const path = file(`${name.replace(/\W+/g, "-")}.csv`, text);
    await expect(importReportedCsv(store.db, path)).rejects.toBeInstanceOf(CsvImportError);
    expect(await count()).toBe(0);
  });
});
