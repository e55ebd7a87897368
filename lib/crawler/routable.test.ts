import { describe, expect, test } from "vitest";
import type { AddrNetwork } from "./address";
import { ip16 } from "./ip";
import { isPublicRoutable } from "./routable";
import { parseHostPort } from "./targets";

const at = (network: AddrNetwork, host: string) => ({ network, host, port: 8333 });

describe("isPublicRoutable", () => {
  test.each([
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "127.0.0.1",
    "169.254.10.10",
    "100.64.0.1",
    "0.1.2.3",
    "192.0.2.5",
    "198.18.0.1",
    "224.0.0.1",
    "255.255.255.255",
  ])("refuses IPv4 %s", (host) => {
    expect(isPublicRoutable(at("ipv4", host))).toBe(false);
  });

  test.each([
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "fc00::1",
    "2001:db8::1",
    "ff02::1",
    "::ffff:10.0.0.1",
    "::ffff:a00:1",
  ])("refuses IPv6 %s", (host) => {
    expect(isPublicRoutable(at("ipv6", host))).toBe(false);
  });

  test.each([
    ["ipv4", "8.8.8.8"],
    ["ipv4", "172.32.0.1"],
    ["ipv4", "100.128.0.1"],
    ["ipv6", "2a01:4f8::1"],
    ["ipv6", "::ffff:8.8.8.8"],
  ] as const)("accepts public %s %s", (network, host) => {
    expect(isPublicRoutable(at(network, host))).toBe(true);
  });

  test("never treats Tor, I2P or CJDNS as dialable IP", () => {
    expect(
      isPublicRoutable(at("tor", "pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd.onion")),
    ).toBe(false);
    expect(isPublicRoutable(at("cjdns", "fc00:1:2:3::4"))).toBe(false);
  });
});

describe("parseHostPort", () => {
  test.each([
    ["1.2.3.4:8333", { host: "1.2.3.4", port: 8333 }],
    ["1.2.3.4", { host: "1.2.3.4", port: 18444 }],
    ["[2001:db8::1]:8333", { host: "2001:db8::1", port: 8333 }],
    ["2001:db8::1", { host: "2001:db8::1", port: 18444 }],
    ["seed.bitcoin.sipa.be", { host: "seed.bitcoin.sipa.be", port: 18444 }],
    ["node.example:38333", { host: "node.example", port: 38333 }],
  ])("reads %s", (text, expected) => {
    expect(parseHostPort(text, 18444)).toEqual(expected);
  });

  test.each(["", "host:0", "host:70000", "a b", "[::1", "http://x"])("refuses %j", (text) => {
    expect(parseHostPort(text, 8333)).toBeNull();
  });
});

describe("ip16", () => {
  test.each([
    ["1.2.3.4", "00000000000000000000ffff01020304"],
    ["::1", "00000000000000000000000000000001"],
    ["2001:db8::ff00:42:8329", "20010db8000000000000ff0000428329"],
    ["::ffff:1.2.3.4", "00000000000000000000ffff01020304"],
    ["fe80::", "fe800000000000000000000000000000"],
  ])("encodes %s", (text, hex) => {
    expect(ip16(text).toString("hex")).toBe(hex);
  });
});
