import { describe, expect, test } from "vitest";
import { globalSouthCell, notNamedShare } from "./share-table";

describe("the share table's rows, on screen and in the CSV", () => {
  test("hashrate no row names is a row of its own", () => {
    expect(notNamedShare([{ share: 0.5 }, { share: 0.296 }])).toBe(0.204);
  });

  test("rows that sum to 99.98–100.02 % leave no such row", () => {
    expect(notNamedShare([{ share: 0.7553 }, { share: 0.2446 }])).toBeNull();
  });

  test("the Global South cell: yes, no, or unknown for a row without a country", () => {
    const members = new Set(["PY"]);
    expect(globalSouthCell("PY", members)).toBe("yes");
    expect(globalSouthCell("US", members)).toBe("no");
    expect(globalSouthCell(null, members)).toBe("unknown");
  });
});
