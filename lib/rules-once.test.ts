import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { currentMonth } from "./core/month";

/**
 * Rules the code once wrote in many places, each now declared in one module: this test finds any
 * new copy written inline elsewhere, so the next change to a rule is made once.
 */
const RULES: { rule: string; home: string; copy: RegExp }[] = [
  { rule: "the current month", home: "lib/core/month.ts", copy: /toISOString\(\)\.slice\(0, 7\)/ },
  { rule: "the ISO 3166-1 alpha-2 shape", home: "lib/core/country-code.ts", copy: /\[A-Z\]\{2\}/ },
  {
    rule: "the node window",
    home: "lib/core/node-window.ts",
    copy: /\b92\b.*(day|DAY)|(day|DAY).*\b92\b/,
  },
  {
    rule: "the coverage threshold",
    home: "lib/core/coverage.ts",
    copy: /coverage\s*[<>]=?\s*0\.5/,
  },
  {
    rule: "the first month the estimate speaks for",
    home: "lib/core/assumptions.ts",
    copy: /=\s*"2022-02"/,
  },
  {
    rule: "where a chart's line breaks",
    home: "lib/analytics/line-runs.ts",
    copy: /prev\.method === p\.method|last\.method === p\.method/,
  },
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe("each rule is written once", () => {
  const code = ["lib", "app", "components"].flatMap(files);

  test.each(RULES)("$rule: only in $home", ({ home, copy }) => {
    const copies = code.filter((f) => f !== home && copy.test(readFileSync(f, "utf8")));
    expect(copies).toEqual([]);
  });

  test("the finder sees a copy where there is one", () => {
    expect(RULES[0]?.copy.test("new Date().toISOString().slice(0, 7)")).toBe(true);
    expect(currentMonth(new Date("2026-12-06T12:00:00Z"))).toBe("2026-12");
  });
});
