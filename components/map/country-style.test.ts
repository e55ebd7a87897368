import { describe, expect, test } from "vitest";
import { GLOBAL_SOUTH_OUTLINE, NO_DATA, shareColour } from "./colour";
import { type ChoroplethInput, countryStyle } from "./country-style";

const shares = new Map([
  ["CN", { share: 0.7553, name: "China", flagged: false, caveat: null }],
  ["DE", { share: 0.009, name: "Germany", flagged: true, caveat: "may be relocated" }],
]);
const input: ChoroplethInput = { shares, members: new Set(["CN"]), visible: true, selected: null };

describe("a country's style on the choropleth", () => {
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
