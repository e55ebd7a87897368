import { afterEach, describe, expect, test, vi } from "vitest";
import { PreviewBusyError, PreviewRenderer, type RendererOptions } from "./renderer";

const OPTIONS: RendererOptions = {
  maxBytes: 1000,
  maxQueue: 1,
  maxWaitMs: 60_000,
  cooldownFactor: 1,
};

/** A render that finishes when the test says so, and "takes" `ms` on the renderer's clock. */
function gate(clock: { now: number }, ms = 100, bytes = 100) {
  let finish: () => void = () => {};
  const started = { value: false };
  const done = new Promise<void>((r) => {
    finish = r;
  });
  const render = async () => {
    started.value = true;
    await done;
    clock.now += ms;
    return Buffer.alloc(bytes);
  };
  return { render, finish: () => finish(), started };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("PreviewRenderer", () => {
  test("renders a key once, then serves it from the cache", async () => {
    const r = new PreviewRenderer({ ...OPTIONS, cooldownFactor: 0 });
    let renders = 0;
    const render = async () => {
      renders += 1;
      return Buffer.from("png");
    };
    expect(await r.get("a", render)).toEqual({ png: Buffer.from("png"), cached: false });
    expect(await r.get("a", render)).toEqual({ png: Buffer.from("png"), cached: true });
    expect(renders).toBe(1);
  });

  test("concurrent requests for one key share one render", async () => {
    const clock = { now: 0 };
    const r = new PreviewRenderer(OPTIONS, () => clock.now);
    const g = gate(clock);
    const first = r.get("a", g.render);
    const second = r.get("a", async () => {
      throw new Error("second render");
    });
    g.finish();
    expect((await first).cached).toBe(false);
    expect((await second).cached).toBe(true);
  });

  test("one render at a time: one more may wait, the next is turned away at once", async () => {
    const clock = { now: 0 };
    const r = new PreviewRenderer({ ...OPTIONS, cooldownFactor: 0 }, () => clock.now);
    const [a, b] = [gate(clock), gate(clock)];
    const first = r.get("a", a.render);
    const second = r.get("b", b.render);
    await expect(r.get("c", async () => Buffer.alloc(1))).rejects.toBeInstanceOf(PreviewBusyError);
    await Promise.resolve();
    expect([a.started.value, b.started.value]).toEqual([true, false]);
    a.finish();
    await first;
    await vi.waitFor(() => expect(b.started.value).toBe(true));
    b.finish();
    expect((await second).cached).toBe(false);
  });

  test("after a render, the next waits as long as that render took", async () => {
    vi.useFakeTimers();
    const clock = { now: 0 };
    const r = new PreviewRenderer(OPTIONS, () => clock.now);
    const [a, b] = [gate(clock, 120), gate(clock)];
    const first = r.get("a", a.render);
    const second = r.get("b", b.render);
    a.finish();
    await first;
    await vi.advanceTimersByTimeAsync(119);
    expect(b.started.value).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(b.started.value).toBe(true);
    b.finish();
    await second;
  });

  test("a render waiting too long is refused", async () => {
    vi.useFakeTimers();
    const clock = { now: 0 };
    const r = new PreviewRenderer({ ...OPTIONS, maxWaitMs: 500 }, () => clock.now);
    const a = gate(clock);
    const first = r.get("a", a.render);
    const second = r.get("b", async () => Buffer.alloc(1));
    const refused = expect(second).rejects.toBeInstanceOf(PreviewBusyError);
    await vi.advanceTimersByTimeAsync(500);
    await refused;
    a.finish();
    await first;
  });

  test("renders are admitted (the per-client limit) and cache hits are not", async () => {
    const r = new PreviewRenderer({ ...OPTIONS, cooldownFactor: 0 });
    const admitted: string[] = [];
    const admit = (key: string) => async () => {
      admitted.push(key);
      if (key === "refused") throw new Error("limit");
    };
    await r.get("a", async () => Buffer.alloc(1), admit("a"));
    await r.get("a", async () => Buffer.alloc(1), admit("a"));
    await expect(r.get("refused", async () => Buffer.alloc(1), admit("refused"))).rejects.toThrow(
      "limit",
    );
    expect(admitted).toEqual(["a", "refused"]);
  });

  test("joining a render whose starter was refused, a request renders on its own", async () => {
    const r = new PreviewRenderer({ ...OPTIONS, cooldownFactor: 0 });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const refused = r.get(
      "a",
      async () => Buffer.alloc(1),
      async () => {
        await held;
        throw new Error("over the limit");
      },
    );
    const joined = r.get("a", async () => Buffer.from("mine"));
    release();
    await expect(refused).rejects.toThrow("over the limit");
    expect(await joined).toEqual({ png: Buffer.from("mine"), cached: false });
  });

  test("keeps at most maxBytes, dropping the least recently served", async () => {
    const r = new PreviewRenderer({ ...OPTIONS, maxBytes: 250, cooldownFactor: 0 });
    const png = async () => Buffer.alloc(100);
    await r.get("a", png);
    await r.get("b", png);
    r.cached("a");
    await r.get("c", png);
    expect([r.cached("a"), r.cached("b"), r.cached("c")].map(Boolean)).toEqual([true, false, true]);
  });
});
