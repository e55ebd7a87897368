import { describe, expect, test } from "vitest";
import { countryHeadline } from "./country-words";

const notNamed = {
  month: "2023-11",
  method: "reported",
  share: null,
  upTo: 0.431,
  boundedBy: null,
};

describe("a country page's headline", () => {
  test("gives the latest named share where a month names it", () => {
    expect(
      countryHeadline(
        "Paraguay",
        [{ month: "2025-06", method: "reported", share: 0.0387, upTo: null, boundedBy: null }],
        [],
      ),
    ).toBe("Latest named share: 3.9 % in June 2025 (reported).");
  });

  test("never says no source names a country that published claims name", () => {
    const text = countryHeadline(
      "Ethiopia",
      [{ ...notNamed, upTo: 0.022, boundedBy: "Africa" }],
      [
        { confidence: "medium", share: 0.015, hashrateEhs: null },
        { confidence: "low", share: 0.025, hashrateEhs: null },
        { confidence: "low", share: null, hashrateEhs: null },
      ],
    );
    expect(text).toBe(
      "No measured or reported month names Ethiopia's share. 2 published claims give a figure for it (1 of low confidence), listed below. In November 2023 its source puts it at no more than 2.2 %: all of Africa.",
    );
  });

  test("says only what there is when nothing names the country", () => {
    expect(countryHeadline("Chad", [notNamed], [])).toBe(
      "No measured or reported month names Chad's share.",
    );
  });
});
