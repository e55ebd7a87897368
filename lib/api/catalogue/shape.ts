import type { z } from "zod";

/**
 * A zod schema as the compact shape docs/api.md shows (`{month, rows: [{country, share}]}`):
 * field names with nested objects and arrays spelled out, leaves by name only, enums and literals
 * by their values. Read from zod's own definition objects, so the reference cannot drift from the
 * schema the response is parsed with.
 */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that do not change what a reader sees. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; nullable: boolean; optional: boolean } {
  let s = schema;
  let nullable = false;
  let optional = false;
  for (;;) {
    const def = defOf(s);
    if (def.type === "nullable") nullable = true;
    else if (def.type === "optional") optional = true;
    else if (["default", "readonly", "catch", "prefault", "nonoptional"].includes(def.type)) {
      // transparent
    } else if (def.type === "pipe" && def.in) {
      s = def.in;
      continue;
    } else if (def.type === "lazy" && def.getter) {
      s = def.getter();
      continue;
    } else break;
    if (!def.innerType) break;
    s = def.innerType;
  }
  return { schema: s, nullable, optional };
}

/** The values of an enum or literal (or a union of them), or null. */
export function valuesOf(schema: z.ZodType): string[] | null {
  const def = defOf(unwrap(schema).schema);
  if (def.type === "enum" && def.entries) return Object.values(def.entries).map(String);
  if (def.type === "literal" && def.values) return def.values.map((v) => JSON.stringify(v));
  if (def.type === "union" && def.options) {
    const all = def.options.map(valuesOf);
    return all.every((v) => v !== null) ? (all.flat() as string[]) : null;
  }
  return null;
}

/** The shape of a value, or null when it is a leaf (shown by its field name alone). */
export function shapeOf(schema: z.ZodType, depth = 0): string | null {
  const { schema: s, nullable } = unwrap(schema);
  const def = defOf(s);
  const orNull = (text: string) => (nullable ? `${text} | null` : text);
  if (depth > 6) return "…";
  if (def.type === "object" && def.shape) {
    const fields = Object.entries(def.shape).map(([name, field]) => {
      const inner = shapeOf(field, depth + 1);
      return inner === null ? name : `${name}: ${inner}`;
    });
    return orNull(`{${fields.join(", ")}}`);
  }
  if (def.type === "array" && def.element) {
    return orNull(`[${shapeOf(def.element, depth + 1) ?? "…"}]`);
  }
  if (def.type === "record" && def.valueType) {
    return orNull(`{[key]: ${shapeOf(def.valueType, depth + 1) ?? "…"}}`);
  }
  if (def.type === "intersection" && def.left && def.right) {
    const left = shapeOf(def.left, depth) ?? "";
    const right = shapeOf(def.right, depth) ?? "";
    return orNull(`${left.replace(/}$/, "")}, ${right.replace(/^{/, "")}`);
  }
  const values = valuesOf(s);
  if (values && values.length <= 6) return orNull(values.join(" | "));
  if (def.type === "union" && def.options) {
    const shapes = def.options.map((o) => shapeOf(o, depth + 1)).filter((x) => x !== null);
    return shapes.length > 0 ? orNull(shapes.join(" | ")) : null;
  }
  return null;
}

/** A field's `.describe()` text, looked for through its optional and default wrappers. */
export function descriptionOf(schema: z.ZodType): string | undefined {
  let s: z.ZodType | undefined = schema;
  while (s) {
    if (s.description) return s.description;
    s = defOf(s).innerType;
  }
  return undefined;
}
