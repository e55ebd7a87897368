import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { ENDPOINTS } from "../../lib/api/catalogue/endpoints";
import { shapeOf } from "../../lib/api/catalogue/shape";
import { REPO_ROOT } from "../derive/paths";
import { cellsIn, parameterRows } from "../docs/url-parameters";
import { renderApiDoc } from "./render";

/** Every route file under app/api as `METHOD /path` (dynamic segments as `{name}`). */
function routes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^route\.tsx?$/.test(name)) {
        const url = `/${relative(join(REPO_ROOT, "app"), dir)}`.replace(/\[(\w+)\]/g, "{$1}");
        const exported = /export \{([^}]*)\}/.exec(readFileSync(path, "utf8"))?.[1] ?? "";
        for (const method of exported.split(",").map((m) => m.trim()))
          if (/^(GET|POST|DELETE|PUT|PATCH)$/.test(method)) found.push(`${method} ${url}`);
      }
    }
  };
  walk(join(REPO_ROOT, "app", "api"));
  return found.sort();
}

describe("the API reference", () => {
  test("lists exactly the endpoints app/api serves", () => {
    expect(ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort()).toEqual(routes());
  });

  test("docs/api.md is current (run `npm run api-doc` after changing a schema or endpoint)", () => {
    expect(readFileSync(join(REPO_ROOT, "docs", "api.md"), "utf8")).toBe(renderApiDoc());
  });

  test("shapes are read from the schema, nested objects, arrays, enums and nulls included", () => {
    const schema = z.object({
      month: z.string(),
      method: z.enum(["measured", "reported"]),
      rows: z.array(z.object({ country: z.string().nullable(), share: z.number() })),
      newest: z.object({ month: z.string() }).nullable(),
      note: z.string().optional(),
    });
    expect(shapeOf(schema)).toBe(
      "{month, method: measured | reported, rows: [{country, share}], newest: {month} | null, note}",
    );
  });
});

describe("the URL parameters in docs/using.md", () => {
  test("are the rows of lib/url-state/params.ts (run `npm run api-doc`)", () => {
    const doc = readFileSync(join(REPO_ROOT, "docs", "using.md"), "utf8");
    expect(cellsIn(doc)).toEqual(parameterRows());
  });
});
