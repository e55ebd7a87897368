import { describe, expect, test } from "vitest";
import type { SliderLink } from "../atlas/slider-link";
import { createMonthCursor } from "../timeline/month-cursor";
import { joinSlider, pageMayDraw } from "./follow-slider";
import type { MonthFrame } from "./month-frame";

const link = (month: string): SliderLink => ({
  cursor: createMonthCursor(month),
  layers: new Set(),
});

const frame: MonthFrame = {
  month: "2022-03",
  shares: null,
  nodes: { key: "t", kind: "snapshot", locations: [] },
  pools: undefined,
  sites: [],
};

describe("a layer following the slider", () => {
  test("a joined layer draws its own part of each stepped month, and stops once it leaves", () => {
    const slider = link("2022-01");
    const drawn: [string, unknown][] = [];
    const leave = joinSlider(
      slider,
      (f) => f.nodes,
      (m, part) => drawn.push([m, part]),
    );
    for (const show of slider.layers) show(frame);
    leave();
    for (const show of slider.layers) show({ ...frame, month: "2022-04" });
    expect(drawn).toEqual([["2022-03", frame.nodes]]);
    expect(slider.layers.size).toBe(0);
  });

  test("the page draws a month only while the slider still points at it", () => {
    const slider = link("2022-01");
    expect(pageMayDraw(slider, "2022-01")).toBe(true);
    slider.cursor.set("2022-05");
    // A late render for the month the drag began must not pull the map back.
    expect(pageMayDraw(slider, "2022-01")).toBe(false);
    // A map without a slider (the compare side) always draws its month.
    expect(pageMayDraw(undefined, "2022-01")).toBe(true);
  });
});
