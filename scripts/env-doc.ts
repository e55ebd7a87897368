import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./derive/paths";
import { renderConfigurationDoc, renderEnvExample } from "./env-doc/render";

/** `npm run env-doc`: rewrite `.env.example` and docs/configuration.md from lib/env.ts. */
writeFileSync(join(REPO_ROOT, ".env.example"), renderEnvExample());
writeFileSync(join(REPO_ROOT, "docs", "configuration.md"), renderConfigurationDoc());
console.log("wrote .env.example and docs/configuration.md");
