import { type ChildProcess, spawn } from "node:child_process";

/**
 * The production server (scripts/serve.ts, what `npm start` runs) on loopback with the given
 * environment, in its own process group; the worker stays off so only the bench makes load.
 */
export async function startServer(
  port: number,
  env: Record<string, string>,
): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      ATLAS_WORKER: "0",
    },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await untilAnswering(`${url}/api/health`, `server on ${port}`);
  return { url, stop: () => child.pid && process.kill(-child.pid, "SIGTERM") };
}

/** Resolves once `url` gives any HTTP answer; throws after a minute without one. */
export async function untilAnswering(url: string, what: string): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > until) throw new Error(`${what} did not start within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
