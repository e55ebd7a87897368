import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findSystemChromium } from "./scripts/browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = findSystemChromium();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // One worker: the tests share one server and, later, one database they ingest into.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(PORT), ATLAS_DB_PATH: "var/e2e/atlas.db", HOSTNAME: "127.0.0.1" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
