import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderApiDoc } from "./api-doc/render";
import { REPO_ROOT } from "./derive/paths";
import { withParameterTable } from "./docs/url-parameters";

/** `npm run api-doc`: rewrite docs/api.md from lib/api/catalogue and the URL table of docs/using.md. */
writeFileSync(join(REPO_ROOT, "docs", "api.md"), renderApiDoc());
const using = join(REPO_ROOT, "docs", "using.md");
writeFileSync(using, withParameterTable(readFileSync(using, "utf8")));
console.log("wrote docs/api.md and the URL parameters of docs/using.md");
