import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * The house rules of the README's map of the code, read from the imports themselves so a move
 * that breaks them fails here rather than in a newcomer's head.
 */

const IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function edges(dir: string): Edge[] {
  return sourceFiles(dir).flatMap((from) =>
    [...readFileSync(from, "utf8").matchAll(IMPORT)].flatMap((m) => {
      const spec = m[2] ?? m[3] ?? m[4] ?? "";
      const to = spec.startsWith("@/")
        ? normalize(spec.slice(2))
        : spec.startsWith(".")
          ? normalize(join(dirname(from), spec))
          : null;
      return to ? [{ from, to, typeOnly: Boolean(m[1]) }] : [];
    }),
  );
}

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const show = (list: Edge[]) => list.map((e) => `${e.from} → ${e.to}`);

describe("layers", () => {
  const lib = edges("lib");
  const components = edges("components");

  test("lib/ and components/ import nothing from app/", () => {
    expect(show([...lib, ...components].filter((e) => under(e.to, "app")))).toEqual([]);
  });

  test("lib/store is the ground floor: it imports nothing that builds on it", () => {
    const above = [
      "lib/analytics",
      "lib/api",
      "lib/bootstrap",
      "lib/cli",
      "lib/crawler",
      "lib/ingest",
      "lib/monitor",
      "lib/queries",
      "lib/seed",
      "lib/share",
      "lib/sources",
    ];
    const upward = lib.filter(
      (e) => under(e.from, "lib/store") && above.some((folder) => under(e.to, folder)),
    );
    expect(show(upward)).toEqual([]);
  });

  test("lib/core depends on no other part of lib/", () => {
    const out = lib.filter(
      (e) => under(e.from, "lib/core") && under(e.to, "lib") && !under(e.to, "lib/core"),
    );
    expect(show(out)).toEqual([]);
  });

  test("lib/analytics stays browser-safe: no store, query or bootstrap code at run time", () => {
    const impure = lib.filter(
      (e) =>
        under(e.from, "lib/analytics") &&
        !e.typeOnly &&
        ["lib/store", "lib/queries", "lib/bootstrap"].some((folder) => under(e.to, folder)),
    );
    expect(show(impure)).toEqual([]);
  });

  test("the checker sees imports at all (a broken pattern would pass every rule)", () => {
    expect(lib.length).toBeGreaterThan(200);
    expect(lib.some((e) => under(e.from, "lib/store") && under(e.to, "lib/core"))).toBe(true);
  });
});
