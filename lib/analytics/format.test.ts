import { describe, expect, test } from "vitest";
import { formatMw } from "./format";

describe("formatMw", () => {
  test("whole megawatts with thousands separators", () => {
    expect(formatMw(257.4)).toBe("257 MW");
    expect(formatMw(1200)).toBe("1,200 MW");
    expect(formatMw(0)).toBe("0 MW");
  });

  test("a site under 1 MW keeps its size instead of reading as 0 MW", () => {
    expect(formatMw(0.05)).toBe("0.05 MW");
    expect(formatMw(0.456)).toBe("0.46 MW");
  });
});
