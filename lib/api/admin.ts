import { getStore } from "../bootstrap/instance";
import { env } from "../env";
import { checkAdmin } from "../monitor/admin-auth";
import { clientKey } from "./client";
import { ApiError } from "./errors";
import { ADMIN_FAILURE_LIMIT } from "./limits";
import { counterFor, isSpent, rateLimited, reserve } from "./rate-limit";

/**
 * Throws the right 401/403 unless the request carries the configured admin token. A client with
 * 10 failed attempts in 15 minutes gets 429 on every admin request until the window ends — the
 * token is not even checked, so guessing gains nothing — counted across instances on PostgreSQL.
 */
export async function requireAdmin(request: Request): Promise<void> {
  const token = env().ADMIN_TOKEN;
  const client = clientKey(request);
  const counter = counterFor(await getStore());
  const spent = token ? await isSpent(counter, ADMIN_FAILURE_LIMIT, client) : null;
  if (spent) throw rateLimited(ADMIN_FAILURE_LIMIT, spent.resetAt - Date.now());
  const result = checkAdmin(request.headers.get("authorization"), token);
  if (result.ok) return;
  // Disabled admin (no token configured) is not a failed guess.
  if (result.status === 401) await reserve(counter, ADMIN_FAILURE_LIMIT, client, 1).catch(() => {});
  throw new ApiError(result.status, result.code, result.message);
}
