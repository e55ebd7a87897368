import { spawn } from "node:child_process";
import { afterEach, describe, expect, test } from "vitest";
import { Supervisor, type SupervisorOptions } from "./supervise";

/** Real child processes (plain node), killed for real. */

const alive = (pid: number | null) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const running: Supervisor[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop("SIGKILL")));
});

function supervise(script: string, over: Partial<SupervisorOptions> = {}) {
  const lines: [string, Record<string, unknown> | undefined][] = [];
  const events: string[] = [];
  const supervisor = new Supervisor({
    name: "child",
    spawn: () => spawn(process.execPath, ["-e", script], { stdio: "ignore" }),
    log: (msg, extra) => lines.push([msg, extra]),
    backoff: { initialMs: 50, maxMs: 400, stableAfterMs: 60_000 },
    onStarted: async ({ restarts }) => void events.push(`started ${restarts}`),
    onExited: async ({ restarts, lastExit, restarting }) =>
      void events.push(`${restarting ? "restarting" : "stopped"} ${restarts} ${lastExit}`),
    ...over,
  });
  running.push(supervisor);
  supervisor.start();
  return { supervisor, lines, events };
}

const FOREVER = "setInterval(() => {}, 1000)";

describe("Supervisor", { timeout: 30_000 }, () => {
  test("restarts a child killed with SIGKILL and counts the restart", async () => {
    const { supervisor, events } = supervise(FOREVER);
    await until(() => alive(supervisor.pid), "the first child");
    const first = supervisor.pid;
    process.kill(first as number, "SIGKILL");
    await until(() => supervisor.pid !== null && supervisor.pid !== first, "a new child");
    expect(alive(supervisor.pid)).toBe(true);
    expect(supervisor.restarts).toBe(1);
    await until(() => events.length >= 3, "the restart to be recorded");
    expect(events).toEqual(["started 0", "restarting 1 SIGKILL", "started 1"]);
  });

  test("waits longer after each crash in a row, up to the maximum", async () => {
    const { supervisor, lines } = supervise("process.exit(3)");
    await until(() => supervisor.restarts >= 5, "five restarts");
    const waits = lines.filter(([m]) => m === "restarting child").map(([, e]) => e?.in);
    expect(waits.slice(0, 5)).toEqual(["50 ms", "100 ms", "200 ms", "400 ms", "400 ms"]);
  });

  test("stop() ends the child for good and records it stopped", async () => {
    const { supervisor, events } = supervise(FOREVER);
    await until(() => alive(supervisor.pid), "the child");
    const pid = supervisor.pid;
    await supervisor.stop();
    expect(alive(pid)).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(supervisor.pid).toBeNull();
    expect(events).toEqual(["started 0", "stopped 0 SIGTERM"]);
  });

  test("stop() kills a child that ignores SIGTERM once the grace period is over", async () => {
    const { supervisor } = supervise(`process.on("SIGTERM", () => {}); ${FOREVER}`);
    await until(() => alive(supervisor.pid), "the child");
    // Let the child install its handler before it is asked to stop.
    await new Promise((r) => setTimeout(r, 300));
    const pid = supervisor.pid;
    await supervisor.stop("SIGTERM", 200);
    expect(alive(pid)).toBe(false);
  });
});
