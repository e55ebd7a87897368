import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { SOURCES } from "../../lib/sources/registry";
import { REPO_ROOT } from "../derive/paths";
import { BEGIN, END, renderSourcesTable, withSourcesTable } from "./table";

const committed = readFileSync(join(REPO_ROOT, "DATA_SOURCES.md"), "utf8");

describe("DATA_SOURCES.md's declarations table", () => {
  test("is the one the declarations make (run `npm run sources-doc` after changing one)", () => {
    expect(withSourcesTable(committed)).toBe(committed);
  });

  test("has a row per declared source, with its licence and staleness allowance", () => {
    const table = renderSourcesTable();
    for (const s of SOURCES) {
      const row = table.split("\n").find((l) => new RegExp(`^\\| \`${s.id}\` +\\|`).test(l));
      expect(row, s.id).toContain(s.licence.replace(/\|/g, "\\|"));
      expect(row).toContain(s.kind === "live" ? `stale after ${s.staleAfterHours} h` : "archive");
    }
  });

  test("refuses a document without the generated block, rather than appending one", () => {
    expect(() => withSourcesTable("# Data sources\n")).toThrow(/no <!-- sources:begin/);
    expect(withSourcesTable(`a\n${BEGIN}\nold\n${END}\nb`)).toBe(`a\n${renderSourcesTable()}\nb`);
  });
});
