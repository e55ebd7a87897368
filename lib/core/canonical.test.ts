import { describe, expect, test } from "vitest";
import { canonicalJson, contentId } from "./canonical";

describe("canonicalJson", () => {
  test("sorts keys at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
  test("omits undefined properties like JSON.stringify does", () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
  test("refuses values JSON cannot represent faithfully", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([undefined])).toThrow(/undefined/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});

describe("contentId", () => {
  test("is the same for the same data whatever the key order", () => {
    expect(contentId({ m: "2021-06", gs: "unctad" })).toBe(
      contentId({ gs: "unctad", m: "2021-06" }),
    );
  });
  test("changes when any value changes", () => {
    expect(contentId({ share: 0.7553 })).not.toBe(contentId({ share: 0.7554 }));
  });
  test("is URL-safe and 27 characters long", () => {
    expect(contentId({ a: 1 })).toMatch(/^[A-Za-z0-9_-]{27}$/);
  });
});
