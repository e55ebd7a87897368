import type { ChildProcess } from "node:child_process";

type Log = (msg: string, extra?: Record<string, unknown>) => void;

export interface Backoff {
  /** Wait before the first restart; doubles with every crash in a row. */
  initialMs: number;
  /** The longest wait between restarts. */
  maxMs: number;
  /** A child that ran this long before exiting was healthy: the next wait starts small again. */
  stableAfterMs: number;
}

export interface SupervisorOptions {
  /** For log lines ("worker"). */
  name: string;
  spawn: () => ChildProcess;
  log: Log;
  backoff?: Partial<Backoff>;
  /** After each (re)start; for the status /api/health reads. Failures are logged, never thrown. */
  onStarted?: (info: { pid: number | null; restarts: number }) => Promise<void>;
  /** After each exit: `restarting` unless it was stopped. */
  onExited?: (info: { restarts: number; lastExit: string; restarting: boolean }) => Promise<void>;
}

const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 60_000, stableAfterMs: 60_000 };

/**
 * Keeps one child process running: when it exits (crash, `kill -9`), it is started again after
 * an exponential backoff, so a child that dies at once does not spin. `stop()` ends it for good.
 */
export class Supervisor {
  private child: ChildProcess | null = null;
  private startedAt = 0;
  private crashesInARow = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private stopping = false;
  private exited: Promise<void> = Promise.resolve();
  restarts = 0;

  private readonly backoff: Backoff;

  constructor(private readonly o: SupervisorOptions) {
    this.backoff = { ...DEFAULT_BACKOFF, ...o.backoff };
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  start(): void {
    if (this.stopping) return;
    let child: ChildProcess;
    try {
      child = this.o.spawn();
    } catch (error) {
      this.o.log(`${this.o.name} could not start`, { error: (error as Error).message });
      this.scheduleRestart("spawn failed");
      return;
    }
    this.child = child;
    this.startedAt = Date.now();
    this.o.log(`${this.o.name} started`, { pid: child.pid, restarts: this.restarts });
    this.report(this.o.onStarted?.({ pid: child.pid ?? null, restarts: this.restarts }));
    child.on("error", (error) =>
      this.o.log(`${this.o.name} failed to run`, { error: error.message }),
    );
    this.exited = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        this.child = null;
        const lastExit = signal ?? `exit ${code}`;
        this.o.log(`${this.o.name} exited`, { code, signal });
        if (this.stopping) {
          this.report(this.o.onExited?.({ restarts: this.restarts, lastExit, restarting: false }));
        } else this.scheduleRestart(lastExit);
        resolve();
      }),
    );
  }

  private scheduleRestart(lastExit: string): void {
    if (Date.now() - this.startedAt >= this.backoff.stableAfterMs) this.crashesInARow = 0;
    this.crashesInARow += 1;
    this.restarts += 1;
    const delayMs = Math.min(
      this.backoff.maxMs,
      this.backoff.initialMs * 2 ** (this.crashesInARow - 1),
    );
    this.o.log(`restarting ${this.o.name}`, { in: `${delayMs} ms`, restarts: this.restarts });
    this.report(this.o.onExited?.({ restarts: this.restarts, lastExit, restarting: true }));
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.start();
    }, delayMs);
  }

  /** SIGTERM (the child finishes its current step), SIGKILL after `graceMs`; resolves once it is gone. */
  async stop(signal: NodeJS.Signals = "SIGTERM", graceMs = 30_000): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) {
      clearTimeout(this.restartTimer);
      this.restartTimer = null;
      this.report(
        this.o.onExited?.({ restarts: this.restarts, lastExit: "stopped", restarting: false }),
      );
    }
    const child = this.child;
    if (!child) return;
    child.kill(signal);
    const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(kill);
  }

  private report(work: Promise<void> | undefined): void {
    work?.catch((error: unknown) =>
      this.o.log(`${this.o.name} status not recorded`, { error: String(error) }),
    );
  }
}
