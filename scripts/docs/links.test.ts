import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../derive/paths";
import { anchorsOf, linksOf, outsideReferences } from "./markdown";

/** Every Markdown file a reader of the repository is pointed to: README, docs/ and the guides. */
function markdownFiles(): string[] {
  const found: string[] = [join(REPO_ROOT, "README.md"), join(REPO_ROOT, "DATA_SOURCES.md")];
  const walk = (dir: string, all: boolean) => {
    for (const name of readdirSync(dir)) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, all);
      else if (name.endsWith(".md") && (all || name === "README.md")) found.push(path);
    }
  };
  walk(join(REPO_ROOT, "docs"), true);
  for (const dir of ["lib", "components", "data"]) walk(join(REPO_ROOT, dir), false);
  return found;
}

const files = markdownFiles();

describe("the documentation", () => {
  test("README stays a front page: at most 150 lines", () => {
    const lines = readFileSync(join(REPO_ROOT, "README.md"), "utf8").trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(150);
  });

  test.each(files.map((f) => [relative(REPO_ROOT, f), f]))("%s: every link resolves", (_, file) => {
    const text = readFileSync(file, "utf8");
    const broken: string[] = [];
    for (const link of linksOf(text)) {
      const [path = "", anchor] = link.split("#");
      const target = path === "" ? file : join(dirname(file), decodeURI(path));
      if (!existsSync(target)) {
        broken.push(`${link}: no such file`);
        continue;
      }
      if (anchor && target.endsWith(".md") && !anchorsOf(readFileSync(target, "utf8")).has(anchor))
        broken.push(`${link}: no heading "#${anchor}"`);
    }
    expect(broken).toEqual([]);
  });

  test.each(files.map((f) => [relative(REPO_ROOT, f), f]))(
    "%s: refers to no document outside the repository",
    (_, file) => {
      expect(outsideReferences(readFileSync(file, "utf8"))).toEqual([]);
    },
  );
});
