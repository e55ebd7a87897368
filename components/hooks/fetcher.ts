import { type FetchOptions, fetchAndParse, type Parsed, type SchemaName } from "./fetch-and-parse";

export {
  FetchError,
  type FetchOptions,
  loadSchema,
  type Parsed,
  type SchemaName,
} from "./fetch-and-parse";

/**
 * fetchAndParse, run in a worker where the browser has one: zod and the parse of large answers
 * (site facts, evidence) then cost the page's main thread nothing (components/hooks/parse-worker.ts).
 */
export async function fetchParsed<N extends SchemaName>(
  url: string,
  schemaName: N,
  options: FetchOptions = {},
): Promise<Parsed<N> | null> {
  if (typeof window === "undefined" || typeof Worker === "undefined")
    return fetchAndParse(url, schemaName, options);
  const { fetchInWorker } = await import("./worker-client");
  return fetchInWorker(url, schemaName, options) as Promise<Parsed<N> | null>;
}

/** Cache keys, one function per endpoint, so the server can pre-fill exactly the keys hooks read. */
export const KEYS = {
  months: () => "/api/v1/months",
  shares: (month: string) => `/api/v1/shares?month=${month}`,
  globalSouth: (definition: string) => `/api/v1/global-south?definition=${definition}`,
  nodes: (month: string) => `/api/v1/nodes?month=${month}`,
  nodeLocations: (month: string) => `/api/v1/nodes?month=${month}&detail=locations`,
  pools: (month: string) => `/api/v1/pools?month=${month}`,
  concentration: () => "/api/v1/pools/concentration",
  siteFacts: () => "/api/v1/sites/facts",
  capacity: (definition: string) => `/api/v1/sites/capacity?definition=${definition}`,
  estimateEvidence: () => "/api/v1/estimates/evidence",
} as const;

/** How often "live" data (the latest month) is re-checked. */
export const LIVE_REFRESH_MS = 60_000;
