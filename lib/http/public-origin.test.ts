import { describe, expect, test } from "vitest";
import { publicOrigin } from "./public-origin";

const none = { publicUrl: undefined, allowedHosts: [] };
const allowed = {
  publicUrl: undefined,
  allowedHosts: ["atlas.example.org", "alt.example.org:8443"],
};

describe("publicOrigin", () => {
  test("ATLAS_PUBLIC_URL wins over any Host", () => {
    expect(
      publicOrigin("evil.example", { ...none, publicUrl: "https://atlas.example.org/base/" }),
    ).toBe("https://atlas.example.org");
  });

  test.each([
    ["localhost:3000", "http://localhost:3000"],
    ["127.0.0.1:3215", "http://127.0.0.1:3215"],
    ["[::1]:3000", "http://[::1]:3000"],
    ["LOCALHOST", "http://localhost"],
  ])("a loopback Host %s is allowed", (host, origin) => {
    expect(publicOrigin(host, none)).toBe(origin);
  });

  test.each([
    ["atlas.example.org", "http://atlas.example.org"],
    ["alt.example.org:8443", "http://alt.example.org:8443"],
  ])("an allowed Host %s is used", (host, origin) => {
    expect(publicOrigin(host, allowed)).toBe(origin);
  });

  test.each([
    "evil.example",
    "alt.example.org:9999",
    // An entry without a port allows no port, not any port.
    "atlas.example.org:8080",
    "atlas.example.org:1",
    "atlas.example.org.evil.example",
    "evil.example@localhost",
    "localhost/path",
    "localhost:3000 evil",
    "[",
    "[::1",
    "%",
    "",
    "a\u0000b",
  ])("refuses Host %j without throwing", (host) => {
    expect(publicOrigin(host, allowed)).toBeNull();
  });

  test("https only when a trusted proxy says so", () => {
    expect(publicOrigin("atlas.example.org", { ...allowed, forwardedProto: "https" })).toBe(
      "https://atlas.example.org",
    );
    expect(publicOrigin("atlas.example.org", { ...allowed, forwardedProto: "gopher" })).toBe(
      "http://atlas.example.org",
    );
  });
});
