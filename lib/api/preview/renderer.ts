/**
 * Preview images cost 50–150 ms of the event loop each to render, and a flood of them once
 * starved the whole server. This keeps them in their place:
 *
 * - each image is rendered once per key (its parameters and the data drawn) and then served
 *   from an in-memory LRU of PNG bytes; concurrent requests for one key share one render;
 * - one render at a time, followed by a pause as long as the render took, so renders never
 *   take more than about half of the event loop whatever the flood;
 * - a few requests may wait for their turn; the rest are turned away at once (`busy`), which
 *   costs next to nothing.
 */
export interface RendererOptions {
  /** Bytes of PNG kept; the least recently served go first. */
  maxBytes: number;
  /** Renders waiting for their turn; more are refused. */
  maxQueue: number;
  /** How long one may wait for its turn before it is refused. */
  maxWaitMs: number;
  /** Pause after each render, as a multiple of the render's own time (1 = at most half the loop). */
  cooldownFactor: number;
}

const DEFAULT_RENDERER_OPTIONS: RendererOptions = {
  maxBytes: 32 * 1024 * 1024,
  maxQueue: 4,
  maxWaitMs: 5_000,
  cooldownFactor: 1,
};

type Rendered = { png: Buffer; cached: boolean };

/** The `code` that marks a PreviewBusyError from any copy of this module. */
const PREVIEW_BUSY = "preview_busy";

/** The render queue is full or the wait ran out; the client should come back later. */
export class PreviewBusyError extends Error {
  override name = "PreviewBusyError";
  readonly code = PREVIEW_BUSY;
  constructor(readonly retryAfterSeconds: number) {
    super("Preview images are being rendered for others; try again shortly.");
  }
}

/**
 * Whether `error` is a PreviewBusyError — by its code, not `instanceof`: the production server
 * holds two copies of this module (Next's bundle and the fast path) sharing one renderer, so
 * the error may be an instance of the other copy's class.
 */
export function isPreviewBusy(
  error: unknown,
): error is { message: string; retryAfterSeconds: number } {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; retryAfterSeconds?: unknown };
  return e.code === PREVIEW_BUSY && typeof e.retryAfterSeconds === "number";
}

/** Admission refused the request that started a render; `reason` is what `admit` threw. */
class Refused extends Error {
  constructor(readonly reason: unknown) {
    super("refused");
  }
}

export class PreviewRenderer {
  private readonly cache = new Map<string, Buffer>();
  private cachedBytes = 0;
  private readonly inFlight = new Map<string, Promise<Buffer>>();
  private busy = false;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly o: RendererOptions = DEFAULT_RENDERER_OPTIONS,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The cached PNG for `key`, or undefined (marks it recently used). */
  cached(key: string): Buffer | undefined {
    const png = this.cache.get(key);
    if (png) {
      this.cache.delete(key);
      this.cache.set(key, png);
    }
    return png;
  }

  /**
   * The PNG for `key`: from the cache, from a render already running for it, or rendered now
   * (`admit` runs first, and may throw to refuse — the per-client limit). Throws
   * PreviewBusyError when there is no room to wait.
   */
  async get(
    key: string,
    render: () => Promise<Buffer>,
    admit: () => Promise<void> = async () => {},
  ): Promise<Rendered> {
    const hit = this.cached(key);
    if (hit) return { png: hit, cached: true };
    const running = this.inFlight.get(key);
    if (running) {
      try {
        return { png: await running, cached: true };
      } catch (error) {
        // The one who started that render was refused (their limit, not ours): try ourselves.
        if (!(error instanceof Refused)) throw error;
      }
    }
    return this.start(key, render, admit);
  }

  private async start(
    key: string,
    render: () => Promise<Buffer>,
    admit: () => Promise<void>,
  ): Promise<Rendered> {
    // Registered before admission, so requests arriving meanwhile join instead of rendering too.
    const attempt = (async () => {
      try {
        await admit();
      } catch (error) {
        throw new Refused(error);
      }
      return this.renderInTurn(key, render);
    })();
    this.inFlight.set(key, attempt);
    try {
      return { png: await attempt, cached: false };
    } catch (error) {
      throw error instanceof Refused ? error.reason : error;
    } finally {
      if (this.inFlight.get(key) === attempt) this.inFlight.delete(key);
    }
  }

  private async renderInTurn(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    await this.turn();
    const started = this.clock();
    try {
      const png = await render();
      this.store(key, png);
      return png;
    } finally {
      const pause = (this.clock() - started) * this.o.cooldownFactor;
      setTimeout(() => this.release(), pause);
    }
  }

  private turn(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.o.maxQueue) return Promise.reject(new PreviewBusyError(2));
    return new Promise((resolve, reject) => {
      const go = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(go);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new PreviewBusyError(5));
      }, this.o.maxWaitMs);
      this.waiting.push(go);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }

  private store(key: string, png: Buffer): void {
    if (png.length > this.o.maxBytes) return;
    this.cache.set(key, png);
    this.cachedBytes += png.length;
    for (const [oldest, bytes] of this.cache) {
      if (this.cachedBytes <= this.o.maxBytes) break;
      this.cache.delete(oldest);
      this.cachedBytes -= bytes.length;
    }
  }
}
