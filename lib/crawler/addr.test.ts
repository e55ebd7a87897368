import { describe, expect, test } from "vitest";
import { decodeAddr, decodeAddrV2, encodeAddr, encodeAddrV2 } from "./addr";
import { ByteReader, ByteWriter } from "./bytes";
import { FrameParser } from "./frame";
import { decodeMessage } from "./messages";
import { NETWORKS } from "./networks";

/**
 * addr / addrv2 against published bytes:
 * - ADDR_WIKI: the Bitcoin wiki "Protocol documentation" `addr` example (10.0.0.1:8333).
 * - BIP 155 address encodings and text forms from Bitcoin Core's net_tests.cpp
 *   (cnetaddr_unserialize_v2), and the five-network addrv2 payload of Core's
 *   test_framework/messages.py msg_addrv2 round trip.
 */
const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");

const ADDR_WIKI = hex(`f9beb4d96164647200000000000000001f000000ed52399b
  01 e215104d 0100000000000000 00000000000000000000ffff0a000001 208d`);

const ADDRV2_CORE_FIVE_NETWORKS = hex(`05
  00f15365 09 01 04 7b7b7b01 208d
  01f15365 01 02 10 20010db8000000000000000000000001 208e
  02f15365 09 04 20 79bcc625184b05194975c28b66b66b0469f7f6556fb1ac3189a79b40dda32f1f 208f
  03f15365 09 05 20 170c56ce72a5a0e62306a3c7084318ee3a46355d17f67896a09c51efbe23fd71 0000
  04f15365 fd0904 06 10 fc000001000200030000000000000004 2091`);

function parseAll(bytes: Buffer) {
  return new FrameParser(NETWORKS.mainnet.magic).push(bytes).map(decodeMessage);
}

describe("addr and addrv2", () => {
  test("decodes the wiki's addr example", () => {
    const [message] = parseAll(ADDR_WIKI);
    expect(message).toEqual({
      type: "addr",
      entries: [{ network: "ipv4", host: "10.0.0.1", port: 8333, time: 0x4d1015e2, services: 1n }],
    });
  });

  test("decodes Core's five-network addrv2 payload with BIP 155 text forms", () => {
    const entries = decodeAddrV2(ADDRV2_CORE_FIVE_NETWORKS);
    expect(entries.map((e) => [e.network, e.host, e.port])).toEqual([
      ["ipv4", "123.123.123.1", 8333],
      ["ipv6", "2001:db8::1", 8334],
      ["tor", "pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd.onion", 8335],
      ["i2p", "c4gfnttsuwqomiygupdqqqyy5y5emnk5c73hrfvatri67prd7vyq.b32.i2p", 0],
      ["cjdns", "fc00:1:2:3::4", 8337],
    ]);
    expect(entries[4]?.services).toBe(0x409n);
    expect(entries[0]?.time).toBe(1_700_000_000);
    expect(encodeAddrV2(entries).equals(ADDRV2_CORE_FIVE_NETWORKS)).toBe(true);
  });

  test.each([
    ["IPv6", "ipv6", "02100102030405060708090a0b0c0d0e0f10", "102:304:506:708:90a:b0c:d0e:f10"],
    [
      "i2p",
      "i2p",
      "0520a2894dabaec08c0051a481a6dac88b64f98232ae42d4b6fd2fa81952dfe36a87",
      "ukeu3k5oycgaauneqgtnvselmt4yemvoilkln7jpvamvfx7dnkdq.b32.i2p",
    ],
    ["CJDNS", "cjdns", "0610fc000001000200030004000500060007", "fc00:1:2:3:4:5:6:7"],
  ])("formats Core's net_tests %s vector", (_name, network, address, text) => {
    const payload = Buffer.concat([hex("01 00000000 00"), hex(address), hex("0000")]);
    expect(decodeAddrV2(payload)).toEqual([
      { network, host: text, port: 0, time: 0, services: 0n },
    ]);
  });

  test("skips unknown network ids and Tor v2, keeping the entries around them", () => {
    const payload = hex(`03
      00000000 00 2a 03 aabbcc 0001
      00000000 00 03 0a f1f2f3f4f5f6f7f8f9fa 0002
      00000000 00 01 04 01020304 0003`);
    expect(decodeAddrV2(payload).map((e) => e.host)).toEqual(["1.2.3.4"]);
  });

  test.each([
    ["a known network with the wrong length", "01 00000000 00 01 05 0102030405 0000", "malformed"],
    ["more than 1000 entries", "fde903", "oversized"],
    ["an address over 512 bytes", "01 00000000 00 2a fd0102", "oversized"],
    ["a truncated entry", "02 00000000 00 01 04 01020304 0000", "malformed"],
  ])("rejects addrv2 with %s", (_name, bytes, kind) => {
    expect(() => decodeAddrV2(hex(bytes))).toThrow(expect.objectContaining({ kind }));
  });

  test("addr v1 maps IPv4, keeps IPv6 and drops OnionCat (Tor v2) entries", () => {
    const entries = [
      { network: "ipv4" as const, host: "8.8.4.4", port: 8333, time: 1, services: 1n },
      { network: "ipv6" as const, host: "2001:db8::2", port: 8333, time: 2, services: 9n },
    ];
    const onionCat = hex("00000000 0000000000000000 fd87d87eeb43f1f2f3f4f5f6f7f8f9fa 208d");
    const bytes = encodeAddr(entries);
    const withTorV2 = Buffer.concat([Buffer.of(3), bytes.subarray(1), onionCat]);
    expect(decodeAddr(withTorV2)).toEqual(entries);
  });
});

describe("compact size", () => {
  test.each([
    [0xfc, "fc"],
    [0xfd, "fdfd00"],
    [0xffff, "fdffff"],
    [0x10000, "fe00000100"],
    [0x100000000, "ff0000000001000000"],
  ])("encodes %i as %s and back", (value, bytes) => {
    expect(new ByteWriter().compactSize(value).toBuffer().toString("hex")).toBe(bytes);
    expect(new ByteReader(hex(bytes)).compactSize()).toBe(value);
  });

  test("rejects a non-canonical encoding", () => {
    expect(() => new ByteReader(hex("fd0100")).compactSize()).toThrow(
      expect.objectContaining({ kind: "malformed" }),
    );
  });
});
