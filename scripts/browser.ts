import { existsSync } from "node:fs";

/**
 * A system Chromium, if the machine has one (set CHROMIUM_PATH to choose). Without one, the
 * tests use Playwright's own browser, which `scripts/ensure-browser.ts` installs.
 */
export function findSystemChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/** Flags a headless Chromium needs on a locked-down CI machine (no sandbox, no GPU, no phoning home). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
