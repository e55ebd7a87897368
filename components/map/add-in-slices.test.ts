import { describe, expect, it } from "vitest";
import { addInSlices } from "./add-in-slices";

/** A clock that advances by `step` ms each time it is read, and a queue of scheduled slices. */
function harness(step: number) {
  let t = 0;
  const queue: (() => void)[] = [];
  return {
    now: () => {
      t += step;
      return t;
    },
    schedule: (run: () => void) => {
      queue.push(run);
      return () => {
        const i = queue.indexOf(run);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    runNext: () => queue.shift()?.(),
    pending: () => queue.length,
  };
}

describe("addInSlices", () => {
  it("adds every item in order, over several tasks when the budget runs out", () => {
    const h = harness(3);
    const added: number[] = [];
    let done = 0;
    addInSlices(
      [1, 2, 3, 4, 5, 6, 7],
      (n) => added.push(n),
      () => done++,
      {
        budgetMs: 8,
        now: h.now,
        schedule: h.schedule,
      },
    );
    // The first slice runs at once and stops when 8 ms have passed (each item "costs" 3 ms).
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThan(7);
    expect(done).toBe(0);
    while (h.pending() > 0) h.runNext();
    expect(added).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(done).toBe(1);
  });

  it("adds at least one item per slice however slow an item is", () => {
    const h = harness(100);
    const added: string[] = [];
    addInSlices(
      ["a", "b", "c"],
      (s) => added.push(s),
      () => {},
      {
        budgetMs: 8,
        now: h.now,
        schedule: h.schedule,
      },
    );
    expect(added).toEqual(["a"]);
    h.runNext();
    expect(added).toEqual(["a", "b"]);
  });

  it("stops adding once cancelled", () => {
    const h = harness(5);
    const added: number[] = [];
    let done = 0;
    const cancel = addInSlices(
      [1, 2, 3, 4, 5, 6],
      (n) => added.push(n),
      () => done++,
      {
        budgetMs: 8,
        now: h.now,
        schedule: h.schedule,
      },
    );
    const before = added.length;
    cancel();
    while (h.pending() > 0) h.runNext();
    expect(added.length).toBe(before);
    expect(done).toBe(0);
  });

  it("finishes at once with nothing to add", () => {
    let done = 0;
    addInSlices(
      [],
      () => {},
      () => done++,
    );
    expect(done).toBe(1);
  });
});
