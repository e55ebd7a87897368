import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "./lib/http/security-headers.js";

/**
 * Next.js's proxy (before every route but its own static files): a fresh nonce per request in
 * the Content-Security-Policy, on the response and on the request — Next.js reads it there and
 * puts it on every script it renders, so the CSP needs no 'unsafe-inline' for scripts.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({
    dev: process.env.NODE_ENV !== "production",
    tileUrl: process.env.NEXT_PUBLIC_TILE_URL,
    nonce,
    frameable: request.nextUrl.pathname === "/embed",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Static files carry a nonce-less CSP from next.config.js.
  matcher: ["/((?!_next/).*)"],
};
