import { describe, expect, it } from "vitest";
import { builtOnce } from "./built-once";

describe("builtOnce", () => {
  it("builds nothing until asked, then once, and hands back the same value", () => {
    let builds = 0;
    const get = builtOnce(() => {
      builds += 1;
      return { n: builds };
    });
    expect(builds).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(builds).toBe(1);
  });
});
