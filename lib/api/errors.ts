import { redactSecrets } from "../http/redact";
import { StoreUnavailableError } from "../store/db";

/** An error a client caused or should know about; its message is safe to show. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers (e.g. Retry-After on a 429 or 503). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Every API error has this one shape: `{ "error": { "code", "message" } }`. */
function errorResponse(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { code, message } },
    { status, headers: { ...headers, "Cache-Control": "no-store" } },
  );
}

/** Maps any thrown value to a JSON error; unexpected ones are logged and never leak a stack. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError)
    return errorResponse(error.status, error.code, error.message, error.headers);
  // By name as well: the production server holds two copies of this class (Next's bundle and
  // the read API's fast path) sharing one store, so a failure may come from the other copy.
  if (
    error instanceof StoreUnavailableError ||
    (error instanceof Error && error.name === "StoreUnavailableError")
  ) {
    return errorResponse(503, "db_unavailable", "The database is unavailable; try again shortly.");
  }
  console.error(
    JSON.stringify({
      level: "error",
      msg: "unhandled API error",
      error: redactSecrets(String(error)),
    }),
  );
  return errorResponse(500, "internal", "Something went wrong on our side.");
}

/** Wraps a route handler so every failure becomes a JSON error response. */
export function handled(
  fn: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await fn(request);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** The same for a dynamic route (`[id]`): the resolved route parameters are passed along. */
export function handledWithParams<P>(
  fn: (request: Request, params: P) => Promise<Response>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    try {
      return await fn(request, await context.params);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
