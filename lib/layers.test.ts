import { existsSync, readdirSync, readFileSync } from "node:fs";
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

/** The file an import names, extension and index included; null for a non-source import. */
function fileOf(path: string): string | null {
  for (const suffix of [".ts", ".tsx", "/index.ts", "/index.tsx"])
    if (existsSync(`${path}${suffix}`)) return `${path}${suffix}`;
  return null;
}

/** Every import cycle, as the files in it (Tarjan's strongly connected components). */
function cycles(all: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of all) {
    const to = fileOf(e.to);
    if (to) next.set(e.from, [...(next.get(e.from) ?? []), to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component = stack.splice(stack.indexOf(v));
      if (component.length > 1) found.push(component);
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const show = (list: Edge[]) => list.map((e) => `${e.from} → ${e.to}`);

/**
 * The map of lib/ (README.md, docs/architecture.md), top floor first: a folder imports only from the folders below it.
 * lib/evidence holds the domain's evidence records (site facts, regulators' figures, claims,
 * miners' figures, block attribution) beneath both the sources that make them and the
 * queries, API and analytics that read them.
 */
const FLOORS = [
  "lib/cli",
  "lib/server",
  "lib/export",
  "lib/api",
  "lib/share",
  "lib/bootstrap",
  "lib/queries",
  "lib/monitor",
  "lib/analytics",
  "lib/seed",
  "lib/sources",
  "lib/ingest",
  "lib/responses",
  "lib/evidence",
  "lib/store",
  "lib/http",
  "lib/crawler",
  "lib/url-state",
  "lib/geo",
  "lib/core",
  "lib/net",
  "lib/env-docs",
  "lib/env",
];

/** The floor a lib/ path is on (-1: not in lib/). */
const floorOf = (path: string) => FLOORS.findIndex((f) => under(path.replace(/\.tsx?$/, ""), f));

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

  test("every part of lib/ is on a floor of the map", () => {
    const folders = readdirSync("lib", { withFileTypes: true })
      .filter((e) => e.isDirectory() || /^[^.]+\.ts$/.test(e.name))
      .map((e) => `lib/${e.name.replace(/\.ts$/, "")}`);
    expect(folders.filter((f) => floorOf(f) < 0)).toEqual([]);
  });

  test("a folder of lib/ imports only from the floors below it (type imports included)", () => {
    const upward = lib.filter((e) => {
      const from = floorOf(e.from);
      const to = floorOf(e.to);
      return to >= 0 && from !== to && to < from;
    });
    expect(show(upward)).toEqual([]);
  });

  test("the read side (queries, API, analytics) never imports a source adapter", () => {
    const reads = ["lib/queries", "lib/api", "lib/analytics"];
    const onSources = lib.filter(
      (e) => reads.some((f) => under(e.from, f)) && under(e.to, "lib/sources"),
    );
    expect(show(onSources)).toEqual([]);
  });

  test("no source adapter stores anything: the bookkeeping is lib/ingest/write.ts's alone", () => {
    const bookkeeping = [
      "lib/store/ingests",
      "lib/store/sources",
      "lib/store/requests",
      "lib/ingest/write",
      "lib/ingest/record-kinds",
      "lib/ingest/run",
    ];
    const adapter = (path: string) => /^lib\/sources\/[^/]+\//.test(path);
    const storing = lib.filter(
      (e) => adapter(e.from) && !e.typeOnly && bookkeeping.some((m) => under(e.to, m)),
    );
    expect(show(storing)).toEqual([]);
  });

  test("no import cycle in app/, components/ or lib/ (type imports included)", () => {
    expect(cycles([...lib, ...components, ...edges("app")])).toEqual([]);
  });

  test("the cycle finder finds a cycle", () => {
    const a = "lib/core/month.ts";
    const b = "lib/core/schemas.ts";
    expect(
      cycles([
        { from: a, to: b.slice(0, -3), typeOnly: false },
        { from: b, to: a.slice(0, -3), typeOnly: true },
      ]),
    ).toHaveLength(1);
  });

  test("the checker sees imports at all (a broken pattern would pass every rule)", () => {
    expect(lib.length).toBeGreaterThan(200);
    expect(lib.some((e) => under(e.from, "lib/store") && under(e.to, "lib/core"))).toBe(true);
  });
});
