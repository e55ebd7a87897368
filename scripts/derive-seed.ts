import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { deriveAll } from "./derive/index";
import { DEFAULT_RAW_DIR, REPO_ROOT } from "./derive/paths";

/**
 * Derive the bundled seed (data/seed/) and the Global South definitions (data/definitions/)
 * from the real public files. Usage: `npm run derive-seed [-- --raw <dir>]`; without --raw it
 * reads ../shared/data/raw next to the repository. A relative --raw is taken from the current
 * directory, as any command-line path would be.
 */

function rawDirFromArgs(args: readonly string[]): string {
  const at = args.indexOf("--raw");
  if (at === -1) return DEFAULT_RAW_DIR;
  const dir = args[at + 1];
  if (dir === undefined || dir.startsWith("--")) throw new Error("--raw needs a directory");
  return resolve(process.cwd(), dir);
}

function main(): void {
  const rawDir = rawDirFromArgs(process.argv.slice(2));
  for (const file of deriveAll(rawDir)) {
    const target = join(REPO_ROOT, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    console.log(`wrote ${file.path} (${Buffer.byteLength(file.content)} bytes)`);
  }
}

main();
