import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { MonthFrame } from "../map/month-frame";
import { createMonthPath } from "./month-path";

const frame = (month: string): MonthFrame => ({
  month,
  shares: new Map(),
  nodes: null,
  pools: undefined,
  sites: [],
});

describe("the one month path (slider cursor → layers now → page after a pause)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const followed: string[] = [];
    const shown: string[] = [];
    const path = createMonthPath({
      initial: "2021-01",
      frameFor: frame,
      follow: (m) => followed.push(m),
      settleMs: 120,
    });
    path.link.layers.add((f) => shown.push(f.month));
    return { path, followed, shown };
  }

  test("a step moves the cursor and every layer at once; the page follows once, after the pause", () => {
    const { path, followed, shown } = setup();
    path.step("2021-02");
    path.step("2021-03");
    expect(path.link.cursor.get()).toBe("2021-03");
    expect(shown).toEqual(["2021-02", "2021-03"]);
    expect(followed).toEqual([]);
    expect(path.pending()).toBe(true);
    vi.advanceTimersByTime(119);
    expect(followed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(followed).toEqual(["2021-03"]);
    expect(path.pending()).toBe(false);
  });

  test("a drag that never pauses keeps the page waiting, but the cursor is always the dragged month", () => {
    const { path, followed } = setup();
    for (let i = 2; i <= 9; i += 1) {
      path.step(`2021-0${i}`);
      vi.advanceTimersByTime(60);
      expect(path.link.cursor.get()).toBe(`2021-0${i}`);
    }
    expect(followed).toEqual([]);
    vi.advanceTimersByTime(120);
    expect(followed).toEqual(["2021-09"]);
  });

  test("a month from Back/Forward shows at once and a pending step is not followed after it", () => {
    const { path, followed, shown } = setup();
    path.step("2021-05");
    path.jump("2020-12");
    vi.advanceTimersByTime(500);
    expect(followed).toEqual([]);
    expect(path.link.cursor.get()).toBe("2020-12");
    expect(shown.at(-1)).toBe("2020-12");
  });

  test("a month the choropleth shows estimated reaches the layers with the estimate's shares", () => {
    const { path } = setup();
    const estimate = new Map([["PY", { share: 0.02 }]]) as unknown as MonthFrame["shares"];
    path.link.estimateFor = (m) => (m === "2030-01" ? estimate : null);
    const seen: MonthFrame["shares"][] = [];
    path.link.layers.add((f) => seen.push(f.shares));
    path.jump("2030-01");
    path.jump("2021-02");
    expect(seen[0]).toBe(estimate);
    expect(seen[1]).not.toBe(estimate);
  });

  test("dispose drops a pending follow", () => {
    const { path, followed } = setup();
    path.step("2021-04");
    path.dispose();
    vi.advanceTimersByTime(500);
    expect(followed).toEqual([]);
  });
});
