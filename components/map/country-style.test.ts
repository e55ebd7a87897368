import { describe, expect, test } from "vitest";
import { GLOBAL_SOUTH_OUTLINE, NO_DATA, shareColour } from "./colour";
import { type ChoroplethInput, countryStyle, ESTIMATE_OUTLINE } from "./country-style";

const shares = new Map([
  ["CN", { share: 0.7553, name: "China", flagged: false, caveat: null }],
  ["DE", { share: 0.009, name: "Germany", flagged: true, caveat: "may be relocated" }],
]);
const input: ChoroplethInput = { shares, members: new Set(["CN"]), visible: true, selected: null };

describe("a country's style on the choropleth", () => {
  test("an estimated range is outlined dashed in the estimate's colour and filled by its lower end", () => {
    const estimated = new Map([
      [
        "ET",
        {
          share: 0.0022,
          name: "Ethiopia",
          flagged: false,
          caveat: "0.22–1.08 %",
          estimate: { low: 0.0022, high: 0.0108, state: "range" },
        },
      ],
      [
        "BT",
        {
          share: 0,
          name: "Bhutan",
          flagged: false,
          caveat: "at most 6.11 %",
          estimate: { low: null, high: 0.0611, state: "at-most" },
        },
      ],
    ]);
    const style = countryStyle("ET", { ...input, shares: estimated });
    expect(style).toMatchObject({
      fillColor: shareColour(0.0022),
      color: ESTIMATE_OUTLINE,
      dashArray: "4 2",
    });
    // Only an upper bound: no fill claims a share, the outline says it is estimated.
    expect(countryStyle("BT", { ...input, shares: estimated }).fillColor).not.toBe(shareColour(0));
  });

  test("fills by share class and greys countries the source does not name", () => {
    expect(countryStyle("CN", input).fillColor).toBe(shareColour(0.7553));
    expect(countryStyle("FR", input).fillColor).toBe(NO_DATA);
    expect(countryStyle(null, input).fillColor).toBe(NO_DATA);
  });

  test("outlines members of the selected Global South definition", () => {
    expect(countryStyle("CN", input).color).toBe(GLOBAL_SOUTH_OUTLINE);
    expect(countryStyle("DE", input).color).not.toBe(GLOBAL_SOUTH_OUTLINE);
  });

  test("dashes CCAF's asterisked countries and marks the selected one", () => {
    expect(countryStyle("DE", input).dashArray).toBeDefined();
    expect(countryStyle("CN", input).dashArray).toBeUndefined();
    expect(countryStyle("DE", { ...input, selected: "DE" }).weight).toBeGreaterThan(
      countryStyle("DE", input).weight ?? 0,
    );
  });

  test("shows a month without data as all no-data, and a hidden layer uncoloured", () => {
    expect(countryStyle("CN", { ...input, shares: null }).fillColor).toBe(NO_DATA);
    const hidden = countryStyle("CN", { ...input, visible: false }).fillColor;
    expect(hidden).not.toBe(shareColour(0.7553));
    expect(countryStyle("US", { ...input, visible: false }).fillColor).toBe(hidden);
  });
});
