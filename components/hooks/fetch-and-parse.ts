import type { z } from "zod";
import type * as ResponseSchemas from "@/lib/responses/schemas";

type SchemaModule = typeof ResponseSchemas;
/** The response schemas by export name: callers name one and the module loads on first use. */
export type SchemaName = {
  [K in keyof SchemaModule]: SchemaModule[K] extends z.ZodType ? K : never;
}[keyof SchemaModule];
export type Parsed<N extends SchemaName> = z.output<SchemaModule[N]>;

/**
 * zod and the schemas shared with the server are about a seventh of the page's JavaScript; the
 * first view arrives pre-filled from the server, so they load with the first request instead of
 * with the page (the first-load budget in scripts/bench/first-load.ts).
 */
export async function loadSchema<N extends SchemaName>(name: N): Promise<z.ZodType<Parsed<N>>> {
  const schemas = await import("@/lib/responses/schemas");
  return schemas[name] as unknown as z.ZodType<Parsed<N>>;
}

/** A failed API call, with the API's own error code and message when it sent one. */
export class FetchError extends Error {
  override name = "FetchError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function apiError(res: Response): Promise<FetchError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    return new FetchError(
      res.status,
      body.error?.code ?? "http",
      body.error?.message ?? res.statusText,
    );
  } catch {
    return new FetchError(res.status, "http", `HTTP ${res.status}`);
  }
}

/**
 * Fetches a JSON endpoint and validates it with the schema shared with the server. A 404
 * `not_found` becomes null when the caller treats "no data for this month" as a gap, not an error.
 */
export async function fetchAndParse<N extends SchemaName>(
  url: string,
  schemaName: N,
  options: FetchOptions = {},
): Promise<Parsed<N> | null> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (res.status === 404 && options.notFoundIsGap) return null;
  if (!res.ok) throw await apiError(res);
  const [schema, body] = await Promise.all([loadSchema(schemaName), res.json()]);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new FetchError(res.status, "parse", `Unexpected response from ${url}`);
  return parsed.data;
}

export interface FetchOptions {
  notFoundIsGap?: boolean;
}
