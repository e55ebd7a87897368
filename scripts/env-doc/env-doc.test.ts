import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ENV_NAMES } from "../../lib/env";
import { REPO_ROOT } from "../derive/paths";
import { renderConfigurationDoc, renderEnvExample } from "./render";

describe("the configuration documents", () => {
  test(".env.example is what lib/env.ts declares (run `npm run env-doc` after changing it)", () => {
    expect(readFileSync(join(REPO_ROOT, ".env.example"), "utf8")).toBe(renderEnvExample());
  });

  test("docs/configuration.md is what lib/env.ts declares", () => {
    expect(readFileSync(join(REPO_ROOT, "docs", "configuration.md"), "utf8")).toBe(
      renderConfigurationDoc(),
    );
  });

  test("every variable the app reads is in .env.example with its default", () => {
    const example = renderEnvExample();
    for (const name of ENV_NAMES) expect(example).toMatch(new RegExp(`^# ${name}=`, "m"));
    expect(example).toMatch(/^# ATLAS_DB_TIMEOUT_MS=5000$/m);
    expect(example).toMatch(/^# ATLAS_INTERVAL_CRAWL_MIN=1440$/m);
    expect(example).toMatch(/^# ATLAS_ALLOW_PRIVATE_WEBHOOKS=0$/m);
  });
});
