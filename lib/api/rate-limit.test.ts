import { describe, expect, test } from "vitest";
import { clientKey, RateLimiter } from "./rate-limit";

const req = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

describe("clientKey", () => {
  test("ignores X-Forwarded-For unless a proxy is trusted, so a client cannot pick its bucket", () => {
    expect(clientKey(req({ "x-forwarded-for": "203.0.113.1" }), false)).toBe("all");
    expect(clientKey(req({ "x-forwarded-for": "198.51.100.2" }), false)).toBe("all");
  });
  test("behind a trusted proxy, uses the address the proxy appended (the last one)", () => {
    expect(clientKey(req({ "x-forwarded-for": "6.6.6.6, 203.0.113.1" }), true)).toBe("203.0.113.1");
    expect(clientKey(req({ "x-real-ip": "203.0.113.9" }), true)).toBe("203.0.113.9");
  });
});

describe("RateLimiter", () => {
  test("allows the limit per window, then says how long to wait", () => {
    const limiter = new RateLimiter(2, 60_000);
    expect([limiter.take("a", 0), limiter.take("a", 1), limiter.take("a", 2)]).toEqual([0, 0, 60]);
    expect(limiter.take("b", 3)).toBe(0);
    expect(limiter.take("a", 60_000)).toBe(0);
  });
});
