import { type ChildProcess, spawn } from "node:child_process";

/**
 * Runs a TypeScript entry point as a direct child node process (`node --import tsx`), not
 * through npx/tsx wrappers: the pid `npm start` logs and supervises is the process doing the
 * work, and a signal sent to it reaches it. The IPC channel is how the child notices that
 * `npm start` is gone (its "disconnect" event), even after a SIGKILL that runs no handler.
 */
export function spawnNode(script: string, args: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/** In a child started by spawnNode: run `onOrphaned` when the parent's channel closes. */
export function onParentGone(onOrphaned: () => void): void {
  if (!process.send) return;
  process.once("disconnect", onOrphaned);
  // The channel must not keep a finished child alive.
  process.channel?.unref();
}
