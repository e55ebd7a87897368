import { describe, expect, test } from "vitest";
import { pinnedEmbed, pinnedLink } from "./pin";

describe("pinned links", () => {
  test("writes the month out even when the address bar leaves the newest month out", () => {
    expect(pinnedLink("https://atlas.example/?c=PY", { month: "2025-10", country: "PY" })).toBe(
      "https://atlas.example/?c=PY&m=2025-10",
    );
  });

  test("carries the selected country and keeps the other view parameters", () => {
    expect(
      pinnedLink("https://atlas.example/?gs=g77&l=shares,nodes", {
        month: "2021-07",
        country: "KZ",
      }),
    ).toBe("https://atlas.example/?gs=g77&l=shares,nodes&m=2021-07&c=KZ");
  });

  test("drops a country the view no longer selects", () => {
    expect(
      pinnedLink("https://atlas.example/?m=2021-07&c=KZ", { month: "2021-07", country: null }),
    ).toBe("https://atlas.example/?m=2021-07");
  });

  test("the embed code points at the chromeless page with the same pinned view", () => {
    expect(pinnedEmbed("https://atlas.example/?c=PY", { month: "2025-10", country: "PY" })).toBe(
      "https://atlas.example/embed?c=PY&m=2025-10",
    );
  });
});
