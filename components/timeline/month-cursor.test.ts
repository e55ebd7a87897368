import { describe, expect, test } from "vitest";
import { createMonthCursor } from "./month-cursor";

describe("createMonthCursor", () => {
  test("tells its listeners about a new month, once, and not about the same month again", () => {
    const cursor = createMonthCursor("2021-06");
    const heard: string[] = [];
    const stop = cursor.subscribe(() => heard.push(cursor.get()));
    cursor.set("2021-07");
    cursor.set("2021-07");
    cursor.set("2021-08");
    stop();
    cursor.set("2021-09");
    expect(heard).toEqual(["2021-07", "2021-08"]);
    expect(cursor.get()).toBe("2021-09");
  });
});
