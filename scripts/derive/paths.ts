import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file so the script works from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The shared raw data sits next to the repository: /work/shared/data/raw for /work/main. */
export const DEFAULT_RAW_DIR = resolve(REPO_ROOT, "../shared/data/raw");
