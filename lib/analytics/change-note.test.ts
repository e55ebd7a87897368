import { describe, expect, test } from "vitest";
import { topChangeNote } from "./change-note";

const hi = {
  month: "2025-06",
  method: "reported",
  source: { id: "hashrate-index", name: "Hashrate Index" },
};

describe("why the top countries show no change", () => {
  test("the month before has no data", () => {
    expect(topChangeNote({ ...hi, month: "2025-05" }, "2025-04", null)).toBe(
      "No change is shown: no source covers April 2025, the month before, so there is nothing to compare with.",
    );
  });

  test("the month before comes from another source", () => {
    const mm = { month: "2023-11", method: "reported", source: { id: "mm", name: "MinerMetrics" } };
    expect(topChangeNote({ ...hi, month: "2023-12" }, "2023-11", mm)).toBe(
      "No change is shown: November 2023 comes from another source (MinerMetrics), and a change is one number only within one source.",
    );
  });

  test("nothing to explain within one source, or while the month before loads", () => {
    expect(topChangeNote(hi, "2025-05", { ...hi, month: "2025-05" })).toBeNull();
    expect(topChangeNote(hi, "2025-05", undefined)).toBeNull();
  });
});
