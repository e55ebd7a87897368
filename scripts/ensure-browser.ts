/** Before e2e: use the system Chromium if present, otherwise make sure Playwright's own is installed. */
import { spawnSync } from "node:child_process";
import { findSystemChromium } from "./browser";

const system = findSystemChromium();
if (system) {
  console.log(`e2e: using system Chromium at ${system}`);
} else {
  console.log("e2e: no system Chromium found; installing Playwright's Chromium");
  const result = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(
      "e2e: could not install a browser. Install Chromium (e.g. apt-get install chromium) or set CHROMIUM_PATH.",
    );
    process.exit(1);
  }
}
