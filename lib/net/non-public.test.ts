import { describe, expect, test } from "vitest";
import { isNonPublicAddress } from "./non-public";

/** Non-public addresses in every spelling, the IPv6 forms that wrap a private IPv4 one included. */
const refused: [string, string][] = [
  ["127.0.0.1", "IPv4 loopback"],
  ["127.255.255.254", "the rest of 127/8"],
  ["10.0.0.1", "RFC 1918"],
  ["172.20.1.1", "RFC 1918"],
  ["192.168.1.10", "RFC 1918"],
  ["169.254.169.254", "link-local (cloud metadata)"],
  ["100.64.0.1", "CGNAT"],
  ["0.0.0.0", "unspecified"],
  ["255.255.255.255", "broadcast"],
  ["224.0.0.1", "multicast"],
  ["192.0.2.1", "documentation"],
  ["198.18.0.1", "benchmarking"],
  ["240.0.0.1", "reserved"],
  ["::", "IPv6 unspecified"],
  ["::1", "IPv6 loopback"],
  ["[::1]", "IPv6 loopback in brackets"],
  ["fe80::1%eth0", "link-local with a zone id"],
  ["fd00::1", "unique local"],
  ["fec0::1", "deprecated site-local"],
  ["feff::1", "deprecated site-local, top of the range"],
  ["::7f00:1", "IPv4-compatible 127.0.0.1"],
  ["::127.0.0.1", "IPv4-compatible, dotted"],
  ["::808:808", "IPv4-compatible, even of a public address (deprecated form)"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
  ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
  ["::ffff:10.1.2.3", "IPv4-mapped private"],
  ["::ffff:0:7f00:1", "IPv4-translated (SIIT) loopback"],
  ["::ffff:0:808:808", "IPv4-translated, any"],
  ["64:ff9b::7f00:1", "NAT64 loopback"],
  ["64:ff9b:1::a00:1", "local-use NAT64"],
  ["2002:7f00:1::1", "6to4 of 127.0.0.1"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
  ["2001:db8::1", "documentation"],
  ["100::1", "discard-only"],
  ["ff02::1", "multicast"],
  ["not-an-ip", "not an address"],
  ["127.1", "shorthand IPv4 (never from a resolver)"],
  ["0x7f.0.0.1", "hex IPv4"],
  ["", "empty"],
];

const accepted = [
  "8.8.8.8",
  "1.1.1.1",
  "47.61.209.2",
  "2a01:4f8:222:16d6::2",
  "[2606:4700:4700::1111]",
  "::ffff:8.8.8.8",
];

describe("isNonPublicAddress", () => {
  test.each(refused)("refuses %s (%s)", (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  test.each(accepted)("accepts public %s", (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });
});
