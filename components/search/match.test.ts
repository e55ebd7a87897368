import { describe, expect, test } from "vitest";
import { listCountries } from "@/lib/geo/countries";
import { searchCountries } from "./match";

const list = listCountries();
const names = (q: string) => searchCountries(list, q).map((c) => c.name);

describe("the country search", () => {
  test("a beginning finds the country first", () => {
    expect(names("Eth")[0]).toBe("Ethiopia");
    expect(names("para")[0]).toBe("Paraguay");
    expect(names("kaz")).toEqual(["Kazakhstan"]);
  });

  test("ignores case and accents, and finds other names", () => {
    expect(names("côte")).toContain("Cote d'Ivoire");
    expect(names("ivory")).toContain("Cote d'Ivoire");
    expect(names("people's republic")).toContain("China");
  });

  test("a word inside a name and a whole ISO code match too, after beginnings", () => {
    expect(names("kingdom")).toContain("United Kingdom");
    expect(names("et")[0]).toBe("Ethiopia");
    expect(searchCountries(list, "us")[0]?.iso2).toBe("US");
  });

  test("nothing typed, nothing found", () => {
    expect(names("  ")).toEqual([]);
    expect(names("zzzz")).toEqual([]);
  });
});
