import type { Cache } from "swr";
import { fetchParsed, loadSchema, type Parsed, type SchemaName } from "../hooks/fetcher";

/**
 * An API response for the export: from the SWR cache when the page already holds it (the map
 * prefetches every month's shares), otherwise fetched like the hooks fetch it. Cache entries are
 * parsed again with the same schema: the cache is untyped, and this keeps the boundary checked.
 */
export async function cachedOrFetch<N extends SchemaName>(
  cache: Cache,
  key: string,
  schemaName: N,
  options: { notFoundIsGap?: boolean } = {},
): Promise<Parsed<N> | null> {
  const data: unknown = cache.get(key)?.data;
  // null is a month the API answered 404 for: a gap the hooks already found.
  if (data === null && options.notFoundIsGap) return null;
  if (data !== undefined) {
    const parsed = (await loadSchema(schemaName)).safeParse(data);
    if (parsed.success) return parsed.data;
  }
  return fetchParsed(key, schemaName, options);
}
