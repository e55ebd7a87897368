import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Inputs of the production build; a change in any of them means `next build` must run again. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "data/definitions",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];
const STAMP = ".next/atlas-build-stamp";

/** Cheap fingerprint of the build inputs: paths, sizes and modification times. */
function buildFingerprint(root = "."): string {
  const hash = createHash("sha256");
  const walk = (path: string): void => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else if (!/\.test\.tsx?$/.test(path)) {
      hash.update(`${path}\0${info.size}\0${info.mtimeMs}\n`);
    }
  };
  for (const input of BUILD_INPUTS) walk(join(root, input));
  return hash.digest("hex");
}

/** Runs `next build` unless a build of exactly these sources is already there. */
export async function ensureBuild(
  log: (msg: string, extra?: Record<string, unknown>) => void,
): Promise<void> {
  const fingerprint = buildFingerprint();
  const built =
    existsSync(".next/BUILD_ID") &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === fingerprint;
  if (built) {
    log("using existing production build");
    return;
  }
  log("building the app (first start or sources changed); this takes a minute");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("`next build` failed (see its output above)");
  writeFileSync(STAMP, fingerprint);
}
