import { expect, test } from "vitest";
import { zodJitlessBeforeLoad } from "./zod-jitless";

test("zod adopts the jitless setting made before it loads (the installed version's global)", async () => {
  const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  const before = scope.__zod_globalConfig;
  try {
    // This file imports nothing of zod statically: zod loads here, after the setting, as it does
    // in the browser (each test file runs in a fresh module graph).
    delete scope.__zod_globalConfig;
    zodJitlessBeforeLoad(scope);
    const core = await import("zod/v4/core");
    expect(core.config().jitless).toBe(true);
    expect(core.globalConfig).toBe(scope.__zod_globalConfig);
  } finally {
    scope.__zod_globalConfig = before;
  }
});
