import { describe, expect, test } from "vitest";
import { checkQuotedCbeci } from "./claim-check";

const note = "Range 1.16-1.45% for 100-125 MW. CBECI had Paraguay at 0.15% (Dec 2021).";

describe("a claim's note that quotes CBECI is checked against the atlas's CBECI series", () => {
  test("a month the series does not name the country in says so, with its bound", () => {
    const series = [{ month: "2021-12", source: "cbeci", share: null, upTo: 0.148 }];
    expect(checkQuotedCbeci(note, "Paraguay", series)).toBe(
      "The CBECI data this atlas uses does not name Paraguay in December 2021 (somewhere between 0 and 14.8 %), so the share table says “not named”: the 0.15 % is the article's figure, from CCAF's full map, which the atlas does not hold.",
    );
  });

  test("a month it names the country in gives the series' figure", () => {
    const series = [{ month: "2021-12", source: "cbeci", share: 0.0015, upTo: null }];
    expect(checkQuotedCbeci(note, "Paraguay", series)).toBe(
      "The CBECI data this atlas uses has Paraguay at 0.15 % in December 2021.",
    );
  });

  test("a note quoting no CBECI month, or a month outside the series, adds nothing", () => {
    expect(checkQuotedCbeci("See low-end row.", "Paraguay", [])).toBeNull();
    expect(checkQuotedCbeci(note, "Paraguay", [])).toBeNull();
  });
});
