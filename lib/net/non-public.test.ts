import { describe, expect, test } from "vitest";
import { isNonPublicAddress } from "./non-public";

describe("isNonPublicAddress", () => {
  test.each([
    "127.0.0.1",
    "10.0.0.1",
    "172.20.1.1",
    "192.168.1.10",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "[::1]",
    "fe80::1%eth0",
    "fd00::1",
    "::ffff:127.0.0.1",
    "::ffff:10.1.2.3",
    "224.0.0.1",
    "64:ff9b::7f00:1",
    "2002:7f00:1::1",
    "not-an-ip",
  ])("refuses %s", (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  test.each(["8.8.8.8", "1.1.1.1", "47.61.209.2", "2a01:4f8:222:16d6::2", "::ffff:8.8.8.8"])(
    "accepts public %s",
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );
});
