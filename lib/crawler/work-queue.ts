/**
 * The walk's FIFO of addresses to dial, plus a "something changed" signal that idle workers wait
 * on (a dial finished and may have queued more, or the walk was aborted). An index instead of
 * `Array.shift()` keeps a long breadth-first queue O(1) per step.
 */
export class WorkQueue<T> {
  private items: T[] = [];
  private head = 0;
  private waiters: (() => void)[] = [];
  private readonly onAbort = () => this.notify();

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener("abort", this.onAbort, { once: true });
  }

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
    this.notify();
  }

  /** Next item, or null when the queue is empty or the walk is over. */
  shift(): T | null {
    if (this.signal.aborted || this.head >= this.items.length) return null;
    const item = this.items[this.head] as T;
    this.head += 1;
    // Drop the consumed prefix now and then so a long walk does not keep every address alive.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Resolves at the next push, notify or abort. */
  changed(): Promise<void> {
    if (this.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  close(): void {
    this.signal.removeEventListener("abort", this.onAbort);
    this.notify();
  }
}
