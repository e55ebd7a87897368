import { createHash, timingSafeEqual } from "node:crypto";

type AdminCheck = { ok: true } | { ok: false; status: 401 | 403; code: string; message: string };

/**
 * Checks `Authorization: Bearer <token>` against the configured admin token. Without a
 * configured token, admin endpoints are disabled — never open. The comparison hashes both sides
 * first so it takes the same time whatever the length or content of the guess.
 */
export function checkAdmin(
  authorization: string | null,
  adminToken: string | undefined,
): AdminCheck {
  if (!adminToken) {
    return {
      ok: false,
      status: 403,
      code: "admin_disabled",
      message: "Admin endpoints are disabled: set ADMIN_TOKEN on the server to enable them.",
    };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) {
    return {
      ok: false,
      status: 401,
      code: "unauthorized",
      message: "Send Authorization: Bearer <ADMIN_TOKEN>.",
    };
  }
  const digest = (s: string) => createHash("sha256").update(s).digest();
  if (!timingSafeEqual(digest(match[1]), digest(adminToken))) {
    return {
      ok: false,
      status: 401,
      code: "unauthorized",
      message: "The admin token is not valid.",
    };
  }
  return { ok: true };
}
