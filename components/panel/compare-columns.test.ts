import { describe, expect, test } from "vitest";
import { compareColumns } from "./CompareTable";

describe("the comparison's columns follow the maps", () => {
  test("the slider's month first (the left map), the compared month second (the right map)", () => {
    expect(compareColumns("2021-07", "2019-09")).toEqual([
      { month: "2021-07", side: "b" },
      { month: "2019-09", side: "a" },
    ]);
    expect(compareColumns("2019-09", "2021-07")).toEqual([
      { month: "2019-09", side: "a" },
      { month: "2021-07", side: "b" },
    ]);
  });
});
