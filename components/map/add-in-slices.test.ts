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

  it("with `later`, adds nothing in the caller's task; a list made by a function is made in a task before the first slice", () => {
    const h = harness(1);
    const added: number[] = [];
    let made = 0;
    let done = 0;
    addInSlices(
      () => {
        made += 1;
        return [1, 2, 3];
      },
      (n) => added.push(n),
      () => done++,
      { budgetMs: 8, now: h.now, schedule: h.schedule, later: true },
    );
    expect([made, added.length, h.pending()]).toEqual([0, 0, 1]);
    h.runNext();
    expect([made, added.length, h.pending()]).toEqual([1, 0, 1]);
    h.runNext();
    expect([made, added, done, h.pending()]).toEqual([1, [1, 2, 3], 1, 0]);
  });

  it("cancelled before its first slice, adds nothing and never makes the list", () => {
    const h = harness(1);
    let made = 0;
    const cancel = addInSlices(
      () => {
        made += 1;
        return [1];
      },
      () => {},
      () => {},
      { now: h.now, schedule: h.schedule, later: true },
    );
    cancel();
    expect([made, h.pending()]).toEqual([0, 0]);
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
