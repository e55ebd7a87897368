import { describe, expect, test } from "vitest";
import { sitesPanelSentence } from "./SitesPanel";

const none = { energizedMw: 0, mwNotStated: 0, notCounted: 0, countries: [] };

describe("the known-sites sentence can be quoted", () => {
  test("one site is singular, and a site whose MW is not stated is not '0 MW'", () => {
    const text = sitesPanelSentence("2025-07", "UNCTAD", {
      ...none,
      sites: 1,
      energizedSites: 1,
      mwNotStated: 1,
    });
    expect(text).toBe(
      "July 2025: 1 known site counted in the UNCTAD Global South, 1 energized, its MW not stated.",
    );
    expect(text).not.toContain("0 MW");
  });

  test("several sites are plural, with the MW stated summed and those without named", () => {
    const text = sitesPanelSentence("2025-07", "UNCTAD", {
      sites: 3,
      energizedSites: 2,
      energizedMw: 100,
      mwNotStated: 1,
      notCounted: 1,
      countries: ["Paraguay 100 MW"],
    });
    expect(text).toBe(
      "July 2025: 3 known sites counted in the UNCTAD Global South, 2 energized, 1 of them with MW not stated; 100 MW stated as used for mining (Paraguay 100 MW). 1 more is shown but not counted (last reported over two years ago, or of low confidence).",
    );
  });
});
