import { env } from "../env";

/**
 * A fixed-window limiter kept in memory: per instance, so N instances allow N× the rate — fine
 * for its purpose (stop a client hammering an expensive action), not a quota system.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { windowStart: number; count: number }>();

  constructor(
    /** Requests allowed per key per window. */
    private readonly limit: number,
    /** Window length in milliseconds. */
    private readonly windowMs: number,
  ) {}

  /** Counts a request; returns the seconds to wait when over the limit, else 0. */
  take(key: string, now = Date.now()): number {
    const entry = this.hits.get(key);
    if (!entry || now - entry.windowStart >= this.windowMs) {
      if (this.hits.size > 10_000) this.hits.clear(); // bounded memory under a flood of keys
      this.hits.set(key, { windowStart: now, count: 1 });
      return 0;
    }
    entry.count += 1;
    return entry.count > this.limit
      ? Math.ceil((entry.windowStart + this.windowMs - now) / 1000)
      : 0;
  }
}

/**
 * The client as the operator's reverse proxy reports it — trusted only with
 * ATLAS_TRUST_PROXY=1, since a client can send any X-Forwarded-For itself. The proxy appends
 * the address it saw, so the LAST entry is the one it vouches for. Without a trusted proxy every
 * client shares one bucket: the limit then protects the server, not fairness between clients.
 */
export function clientKey(request: Request, trustProxy = env().ATLAS_TRUST_PROXY): string {
  if (!trustProxy) return "all";
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}
