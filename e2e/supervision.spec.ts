import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/**
 * `npm start` as operators run it — real processes, killed for real: the worker's
 * `kill -9` shows up as a restart in /api/health, and the server's `kill -9` leaves no process
 * of `npm start` behind. Served from the build the e2e suite uses (`--no-build`), on its own
 * port and a fresh database, offline.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 101;
const base = `http://127.0.0.1:${PORT}`;

interface Started {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
  dir: string;
}

function npmStart(): Started {
  const dir = mkdtempSync(join(tmpdir(), "atlas-supervise-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    HOSTNAME: "127.0.0.1",
    ATLAS_DB_PATH: join(dir, "atlas.db"),
    ATLAS_OFFLINE: "1",
    ATLAS_WORKER: "1",
    ATLAS_WORKER_TICK_SECONDS: "1",
  };
  delete env.DATABASE_URL;
  // Its own process group, to tell afterwards whether anything of it is left.
  const child = spawn("npm", ["start", "--", "--no-build"], {
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    for (const line of chunk.split("\n")) {
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {}
    }
  });
  child.stderr?.resume();
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return { child, lines, exited, dir };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const groupAlive = (pgid: number) => alive(-pgid);

interface WorkerHealth {
  state: string;
  restarts: number;
  lastPassAt: string | null;
  pid: number | null;
}
async function worker(): Promise<WorkerHealth | null> {
  try {
    return ((await (await fetch(`${base}/api/health`)).json()) as { worker: WorkerHealth }).worker;
  } catch {
    return null;
  }
}

async function stop(started: Started) {
  if (started.child.pid && groupAlive(started.child.pid))
    process.kill(-started.child.pid, "SIGKILL");
  rmSync(started.dir, { recursive: true, force: true });
}

test.describe("npm start supervises its processes", () => {
  test.setTimeout(180_000);

  test("kill -9 of the worker is a restart in /api/health; kill -9 of the server leaves nothing running", async () => {
    const started = npmStart();
    try {
      await expect
        .poll(async () => (await worker())?.lastPassAt ?? null, { timeout: 90_000 })
        .not.toBeNull();
      const first = (await worker()) as WorkerHealth;
      expect(first).toMatchObject({ state: "running", restarts: 0 });
      process.kill(first.pid as number, "SIGKILL");
      await expect
        .poll(async () => await worker(), { timeout: 60_000 })
        .toMatchObject({ state: "running", restarts: 1 });
      const second = (await worker()) as WorkerHealth;
      expect(second.pid).not.toBe(first.pid);

      const server = started.lines.find((l) => l.msg === "server started")?.pid as number;
      expect(alive(server)).toBe(true);
      process.kill(server, "SIGKILL");
      expect(await started.exited).not.toBe(0);
      // Nothing of `npm start` is left: not the worker, not any wrapper in its process group.
      await expect
        .poll(() => groupAlive(started.child.pid as number), { timeout: 30_000 })
        .toBe(false);
      expect(alive(second.pid as number)).toBe(false);
    } finally {
      await stop(started);
    }
  });

  test("kill -9 of npm start's own process: the server and the worker stop by themselves", async () => {
    const started = npmStart();
    try {
      await expect
        .poll(async () => (await worker())?.state ?? null, { timeout: 90_000 })
        .toBe("running");
      const supervisor = started.lines.find((l) => l.msg === "server started")
        ?.supervisor as number;
      process.kill(supervisor, "SIGKILL");
      await expect
        .poll(() => groupAlive(started.child.pid as number), { timeout: 30_000 })
        .toBe(false);
    } finally {
      await stop(started);
    }
  });
});
