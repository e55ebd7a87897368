import type { z } from "zod";
import { ApiError } from "./errors";

/**
 * Validates a request's query string against a zod object schema. Unknown parameters and
 * repeated parameters are rejected rather than ignored, so a typo never silently returns
 * the default view.
 */
export function parseQuery<T extends z.ZodObject>(url: string, schema: T): z.infer<T> {
  const params = new URL(url).searchParams;
  const known = new Set(Object.keys(schema.shape));
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) {
      throw new ApiError(
        400,
        "unknown_parameter",
        `Unknown query parameter "${key}". Allowed: ${[...known].join(", ") || "none"}.`,
      );
    }
    const values = params.getAll(key);
    if (values.length > 1) {
      throw new ApiError(
        400,
        "invalid_parameter",
        `Query parameter "${key}" was given ${values.length} times.`,
      );
    }
    raw[key] = values[0] ?? "";
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") || "query";
    throw new ApiError(
      400,
      "invalid_parameter",
      `Invalid "${name}": ${issue?.message ?? "invalid value"}.`,
    );
  }
  return parsed.data;
}
