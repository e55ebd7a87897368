import { describe, expect, test } from "vitest";
import { forwardedClient, forwardedProto, inCidrs } from "./proxy-trust";

const h = (headers: Record<string, string>) => new Headers(headers);

describe("trusted proxies", () => {
  test("CIDRs match IPv4, IPv6 and IPv4-mapped peers; non-IPs never", () => {
    expect(inCidrs("10.9.8.7", ["10.0.0.0/8"])).toBe(true);
    expect(inCidrs("::ffff:10.9.8.7", ["10.0.0.0/8"])).toBe(true);
    expect(inCidrs("11.0.0.1", ["10.0.0.0/8"])).toBe(false);
    expect(inCidrs("2001:db8::5", ["2001:db8::/32"])).toBe(true);
    expect(inCidrs("::1", ["::1"])).toBe(true);
    expect(inCidrs("localhost", ["127.0.0.0/8"])).toBe(false);
  });

  test("an untrusted peer is the client, whatever it forwards", () => {
    expect(
      forwardedClient(h({ "x-forwarded-for": "1.2.3.4" }), "203.0.113.5", ["10.0.0.0/8"]),
    ).toBe("203.0.113.5");
  });

  test("X-Forwarded-Proto counts from the trusted hop only, and its last entry", () => {
    const spoof = h({ "x-forwarded-proto": "https, http" });
    expect(forwardedProto(spoof, "10.0.0.1", ["10.0.0.0/8"])).toBe("http");
    expect(
      forwardedProto(h({ "x-forwarded-proto": "http, https" }), "10.0.0.1", ["10.0.0.0/8"]),
    ).toBe("https");
    expect(forwardedProto(h({ "x-forwarded-proto": "https" }), "203.0.113.5", ["10.0.0.0/8"])).toBe(
      null,
    );
    expect(forwardedProto(h({ "x-forwarded-proto": "gopher" }), "10.0.0.1", ["10.0.0.0/8"])).toBe(
      null,
    );
  });
});
