import { spawn } from "node:child_process";
import { describe, expect, test } from "vitest";
import { startBackgroundIngest } from "./background-ingest";

type Line = [string, Record<string, unknown> | undefined];

function recorder() {
  const lines: Line[] = [];
  return {
    lines,
    log: (msg: string, extra?: Record<string, unknown>) => void lines.push([msg, extra]),
  };
}

const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<void>((r) => child.once("exit", () => r()));

describe("background ingest at start", () => {
  test("does nothing when offline", () => {
    const { lines, log } = recorder();
    expect(
      startBackgroundIngest({ offline: true, log, spawnIngest: () => spawn("false") }),
    ).toBeNull();
    expect(lines.map(([m]) => m)).toEqual(["background ingest skipped (ATLAS_OFFLINE=1)"]);
  });

  test("returns at once and logs the child's failure instead of throwing", async () => {
    const { lines, log } = recorder();
    const child = startBackgroundIngest({ offline: false, log, spawnIngest: () => spawn("false") });
    expect(child).not.toBeNull();
    if (child) await exited(child);
    expect(lines.at(-1)).toEqual(["background ingest finished", { code: 1, signal: null }]);
  });

  test("stops an ingest that runs past its time limit", async () => {
    const { lines, log } = recorder();
    const child = startBackgroundIngest({
      offline: false,
      log,
      maxRunMs: 50,
      spawnIngest: () => spawn("sleep", ["30"]),
    });
    if (child) await exited(child);
    expect(lines.map(([m]) => m)).toContain("background ingest took too long; stopping it");
    expect(lines.at(-1)?.[1]).toMatchObject({ signal: "SIGTERM" });
  });
});
