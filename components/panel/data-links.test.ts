import { describe, expect, test } from "vitest";
import { dataLinks } from "./data-links";

const view = {
  month: "2025-06",
  compare: null,
  definition: "g77",
  estimated: false,
  search: new URLSearchParams(),
};

describe("the downloads of the data behind the view", () => {
  test("a month with shares: its table as CSV, both months in compare mode", () => {
    expect(dataLinks(view).csv).toEqual({
      href: "/api/v1/shares?month=2025-06&definition=g77&format=csv",
      text: "the table as CSV",
    });
    const both = dataLinks({ ...view, compare: "2019-09" });
    expect(both.csv.href).toBe(
      "/api/v1/shares?month=2025-06&compare=2019-09&definition=g77&format=csv",
    );
    expect(both.months).toEqual(["2025-06", "2019-09"]);
  });

  test("an estimated month: the ranges and evidence under the view's assumptions, not a 404 of shares", () => {
    const links = dataLinks({
      ...view,
      month: "2025-07",
      estimated: true,
      search: new URLSearchParams("m=2025-07&eff=20-30&win=6&c=PY"),
    });
    expect(links.csv.href).toBe(
      "/api/v1/estimates?month=2025-07&definition=g77&eff=20-30&win=6&format=csv",
    );
    expect(links.json.href).toBe("/api/v1/estimates?month=2025-07&definition=g77&eff=20-30&win=6");
    expect(links.months).toEqual(["2025-07"]);
  });
});
