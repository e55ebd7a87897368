import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * Browser code must take zod from lib/zod.ts (which turns off zod's `new Function` probe, a
 * CSP violation under our policy): the probe runs as soon as any object schema is built, so
 * one module importing "zod" directly and loading first would bring it back. This walks the
 * imports of everything under components/ (the client side) and of every "use client" file.
 */
const ROOT = resolve(".");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Value imports only: `import type` and `import { type X }`-only lines are erased. */
const VALUE_IMPORT = /^import\s+(?!type\s)([^;]*?)\s+from\s+"([^"]+)";/gms;

describe("zod in the browser bundle", () => {
  test("no client-side module imports zod except through lib/zod.ts", () => {
    const start = [
      ...files(join(ROOT, "components")),
      ...files(join(ROOT, "app")).filter((f) => /^"use client"/.test(readFileSync(f, "utf8"))),
    ];
    const seen = new Set<string>();
    const offenders: string[] = [];
    const queue = [...start];
    for (let file = queue.shift(); file; file = queue.shift()) {
      if (seen.has(file)) continue;
      seen.add(file);
      for (const [, names, spec] of readFileSync(file, "utf8").matchAll(VALUE_IMPORT)) {
        if (!spec || (names?.trim().startsWith("{ type") && !names.includes(","))) continue;
        if (spec === "zod" && !file.endsWith("lib/zod.ts"))
          offenders.push(file.slice(ROOT.length + 1));
        if (spec.startsWith(".") || spec.startsWith("@/")) {
          const target = resolveImport(file, spec);
          if (target) queue.push(target);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
