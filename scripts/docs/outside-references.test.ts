import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../derive/paths";
import { outsideReferences } from "./markdown";

/**
 * The code's comments and test names say why in their own words: a reader of the repository
 * cannot open the tracker's issues or the team's spec, so a pointer to them explains nothing.
 */
function sourceFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs)$/.test(name)) found.push(path);
    }
  };
  for (const dir of ["lib", "components", "app", "scripts", "e2e"]) walk(join(REPO_ROOT, dir));
  for (const name of readdirSync(REPO_ROOT))
    if (/\.(ts|js)$/.test(name) && statSync(join(REPO_ROOT, name)).isFile())
      found.push(join(REPO_ROOT, name));
  // The check's own test quotes the phrases it flags.
  return found.filter((f) => relative(REPO_ROOT, f) !== "scripts/docs/markdown.test.ts");
}

describe("the code", () => {
  test("refers to no document outside the repository", () => {
    const found = sourceFiles().flatMap((file) =>
      outsideReferences(readFileSync(file, "utf8")).map(
        (line) => `${relative(REPO_ROOT, file)}: ${line}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
