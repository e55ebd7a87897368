import { env } from "../env";
import { checkAdmin } from "../monitor/admin-auth";
import { ApiError } from "./errors";

/** Throws the right 401/403 unless the request carries the configured admin token. */
export function requireAdmin(request: Request): void {
  const result = checkAdmin(request.headers.get("authorization"), env().ADMIN_TOKEN);
  if (!result.ok) throw new ApiError(result.status, result.code, result.message);
}
