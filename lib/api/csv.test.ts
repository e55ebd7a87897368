import { describe, expect, test } from "vitest";
import { toCsv } from "./csv";

const cell = (value: unknown) => toCsv(["x"], [[value]]).split("\r\n")[1];

describe("CSV formula guard", () => {
  test.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1+1", "'+1+1"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", '"\'\r=1+1"'],
    ["\t5", "'\t5"],
  ])("prefixes %j with a quote", (value, expected) => {
    expect(cell(value)).toBe(expected);
  });

  test.each([
    [-0.25, "-0.25"],
    ["-12", "-12"],
    ["+3.5e-2", "+3.5e-2"],
    ["China", "China"],
    ["a=b", "a=b"],
  ])("leaves %j as it is", (value, expected) => {
    expect(cell(value)).toBe(expected);
  });
});
