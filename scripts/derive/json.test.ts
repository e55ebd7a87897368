import { describe, expect, test } from "vitest";
import { formatJson } from "./json";

describe("formatJson", () => {
  test("keeps what fits in 100 columns on one line, as Biome does", () => {
    expect(formatJson({ a: ["x", "y"], b: { c: 1 } })).toBe(
      '{ "a": ["x", "y"], "b": { "c": 1 } }\n',
    );
  });

  test("breaks what does not fit, one item per line", () => {
    const members = Array.from({ length: 30 }, (_, i) => `C${i}`);
    const text = formatJson({ members });
    expect(text.startsWith('{\n  "members": [\n    "C0",\n    "C1",\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ members });
  });

  test("puts each record on one line when asked, however long", () => {
    const rows = [{ note: "n".repeat(120) }, { note: "short" }];
    const text = formatJson({ rows }, { lineWidth: 100, recordPerLine: true });
    expect(text).toBe(
      `{\n  "rows": [\n    { "note": "${"n".repeat(120)}" },\n    { "note": "short" }\n  ]\n}\n`,
    );
  });

  test("drops undefined fields like JSON.stringify", () => {
    expect(formatJson({ a: 1, b: undefined })).toBe('{ "a": 1 }\n');
  });
});
