import { describe, expect, test } from "vitest";
import { COUNTRY_ALIASES, countryName, isIso2, matchPackageName, toIso2 } from "./countries";

describe("isIso2", () => {
  test("accepts assigned upper-case alpha-2 codes", () => {
    for (const code of ["CN", "US", "ET", "PY", "TW", "XK"]) expect(isIso2(code)).toBe(true);
  });

  test("rejects lower case, alpha-3, unassigned codes and names", () => {
    for (const code of ["cn", "CHN", "ZZ", "", "C", "China"]) expect(isIso2(code)).toBe(false);
  });
});

describe("countryName", () => {
  test("names a code in English from the package", () => {
    expect(countryName("ET")).toBe("Ethiopia");
    expect(countryName("PY")).toBe("Paraguay");
    // formal names are shortened to what readers expect, without confusing the two Congos
    expect(countryName("CN")).toBe("China");
    expect(countryName("CD")).toBe("DR Congo");
    expect(countryName("CG")).toBe("Congo");
  });

  test("throws on a code that is not assigned", () => {
    expect(() => countryName("ZZ")).toThrow(/"ZZ"/);
  });
});

describe("toIso2", () => {
  test("maps names the package knows, ignoring case and accents", () => {
    expect(toIso2("Russian Federation")).toBe("RU");
    expect(toIso2("United States")).toBe("US");
    expect(toIso2("germany")).toBe("DE");
    expect(toIso2("Cote d'Ivoire")).toBe("CI");
    expect(toIso2("Côte d’Ivoire")).toBe("CI");
  });

  test("maps upstream spellings through the alias table", () => {
    expect(toIso2("Mainland China")).toBe("CN");
    expect(toIso2("Iran, Islamic Rep.")).toBe("IR");
    expect(toIso2("Iran (Islamic Republic of)")).toBe("IR");
    expect(toIso2("Viet Nam")).toBe("VN");
  });

  test("decides a name the package finds ambiguous only through an alias", () => {
    expect(matchPackageName("Congo")).toEqual(["CD", "CG"]);
    expect(toIso2("Congo")).toBe("CG");
    expect(toIso2("Democratic Republic of the Congo")).toBe("CD");
  });

  test("throws naming an unmapped name instead of guessing", () => {
    expect(() => toIso2("Atlantis")).toThrow(/"Atlantis"/);
    expect(() => toIso2("Germany *")).toThrow(/"Germany \*"/);
  });
});

describe("data/country-aliases.json", () => {
  test("every alias gives a known code and a reason", () => {
    for (const [name, alias] of Object.entries(COUNTRY_ALIASES)) {
      expect(isIso2(alias.iso2), name).toBe(true);
      expect(alias.why.length, name).toBeGreaterThan(10);
    }
  });

  test("no alias is dead: the package alone cannot decide any aliased name", () => {
    for (const name of Object.keys(COUNTRY_ALIASES)) {
      expect(matchPackageName(name).length, name).not.toBe(1);
    }
  });
});
