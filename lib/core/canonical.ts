import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted, no insignificant whitespace, arrays in order. The same
 * data always serialises to the same bytes, so its hash can name it (content addressing).
 * Non-finite numbers and undefined inside arrays have no JSON form and are refused rather than
 * silently turned into null.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string")
    return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map((v) => {
        if (v === undefined) throw new TypeError("canonicalJson: undefined inside an array");
        return canonicalJson(v);
      })
      .join(",")}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
}

/** A short, URL-safe content id: the first 20 bytes of SHA-256 of the canonical JSON, base64url. */
export function contentId(value: unknown): string {
  return createHash("sha256")
    .update(canonicalJson(value))
    .digest()
    .subarray(0, 20)
    .toString("base64url");
}
