import { loadavg } from "node:os";

/** The machine counts as quiet below this one-minute load average (2 cores). */
const QUIET_LOAD = 0.7;
const QUIET_WAIT_MS = 120_000;

/**
 * Waits (at most two minutes) for the benches before this one to stop loading the machine: the
 * browser benches time frames and main-thread tasks, and a core still busy with the last bench's
 * server shows up in them (fourfold in Lighthouse's simulated phone). Returns the load average it
 * started at, reported beside the figures.
 */
export async function quietMachine(): Promise<number> {
  const until = Date.now() + QUIET_WAIT_MS;
  while ((loadavg()[0] ?? 0) > QUIET_LOAD && Date.now() < until)
    await new Promise((r) => setTimeout(r, 2000));
  return loadavg()[0] ?? 0;
}
