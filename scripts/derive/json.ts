/**
 * Deterministic JSON text for committed data files.
 *
 * Biome formats the JSON under `data/` (except `data/seed/`) with "expand: auto": a value stays
 * on one line when it fits in 100 columns, otherwise one item per line. Printing the same way
 * here means `biome check` never rewrites a generated file, so the "script output equals the
 * committed file" test can compare bytes.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface JsonFormat {
  /** Columns a line may use before a value is broken over several lines. */
  lineWidth: number;
  /**
   * Print each element of an array that is itself an object or array on one line, however long.
   * For the seed files: one record per line keeps them compact and diffs readable.
   */
  recordPerLine: boolean;
}

const BIOME: JsonFormat = { lineWidth: 100, recordPerLine: false };

export function formatJson(value: unknown, format: JsonFormat = BIOME): string {
  return `${print(toJson(value), "", "", "", format)}\n`;
}

/** Round-trip through JSON so `undefined` fields vanish exactly as JSON.stringify drops them. */
function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

function print(value: Json, indent: string, prefix: string, suffix: string, f: JsonFormat): string {
  const flat = inline(value);
  if (value === null || typeof value !== "object") return flat;
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
  if (empty || indent.length + prefix.length + flat.length + suffix.length <= f.lineWidth) {
    return flat;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item, i) => {
      const comma = i < value.length - 1 ? "," : "";
      const text =
        f.recordPerLine && item !== null && typeof item === "object"
          ? inline(item)
          : print(item, inner, "", comma, f);
      return `${inner}${text}${comma}`;
    });
    return `[\n${items.join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  const lines = entries.map(([key, item], i) => {
    const comma = i < entries.length - 1 ? "," : "";
    const head = `${JSON.stringify(key)}: `;
    return `${inner}${head}${print(item, inner, head, comma, f)}${comma}`;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** Biome's single-line style: `["a", "b"]`, `{ "k": 1 }`. */
function inline(value: Json): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(", ")} }`;
}
