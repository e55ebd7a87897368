import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{lib,app,components,scripts}/**/*.test.{ts,tsx}"],
    globalSetup: ["scripts/test/global-setup.ts"],
    // Store suites create real databases; give slow CI machines room without hiding hangs.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
