import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./derive/paths";
import { withSourcesTable } from "./sources-doc/table";

/** `npm run sources-doc`: rewrite DATA_SOURCES.md's declarations table from lib/sources/. */
const path = join(REPO_ROOT, "DATA_SOURCES.md");
writeFileSync(path, withSourcesTable(readFileSync(path, "utf8")));
console.log("wrote DATA_SOURCES.md");
