import { describe, expect, test } from "vitest";
import { decodeAddr, decodeAddrV2, encodeAddr, encodeAddrV2 } from "./addr";
import { ByteReader, ByteWriter } from "./bytes";
import { ProtocolError } from "./errors";
import { checksum, encodeFrame, FrameParser } from "./frame";
import { decodeMessage } from "./messages";
import { NETWORKS } from "./networks";
import { decodeVersion, encodeVersion } from "./version";

/**
 * Byte-level vectors, none produced by this codec:
 * - VERSION_WIKI: the mainnet `version` example of the Bitcoin wiki "Protocol documentation"
 *   (protocol 60002, "/Satoshi:0.7.2/", height 212672), checksum 3b648d5a as published.
 * - VERSION_CORE_0_14: a `version` + `verack` captured from a Bitcoin Core 0.14.2 node (protocol
 *   70015, with the relay byte), as used in the test suite of the npm `bitcoin-protocol`-era
 *   message readers.
 * - ADDR_WIKI: the wiki's `addr` example (10.0.0.1:8333).
 * - BIP 155 address encodings and their text forms from Bitcoin Core's `net_tests.cpp`
 *   (cnetaddr_unserialize_v2), and the five-network addrv2 payload of Core's
 *   test_framework/messages.py msg_addrv2 round-trip.
 */
const mainnet = NETWORKS.mainnet.magic;
const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");

const VERSION_WIKI = hex(`f9beb4d9 76657273696f6e0000000000 64000000 3b648d5a
  62ea0000 0100000000000000 11b2d05000000000
  010000000000000000000000000000000000ffff000000000000
  010000000000000000000000000000000000ffff000000000000
  3b2eb35d8ce61765 0f2f5361746f7368693a302e372e322f c03e0300`);

const VERSION_CORE_0_14 =
  hex(`f9beb4d976657273696f6e000000000084000000afa25c0e7f1101000d00000000000000
  c3c4655900000000000000000000000000000000000000000000ffff3cf8834ef9220d0000000000000000000000000000
  0000000000000000000000b6e6f476b18c9c722e2f5361746f7368693a302e31342e32286e6f2d737962696c2d736967
  6e616c2d646572706167652d6b746878292f2341070001
  f9beb4d976657261636b000000000000000000005df6e0e2`);

const ADDR_WIKI = hex(`f9beb4d96164647200000000000000001f000000ed52399b
  01 e215104d 0100000000000000 00000000000000000000ffff0a000001 208d`);

const ADDRV2_CORE_FIVE_NETWORKS = hex(`05
  00f15365 09 01 04 7b7b7b01 208d
  01f15365 01 02 10 20010db8000000000000000000000001 208e
  02f15365 09 04 20 79bcc625184b05194975c28b66b66b0469f7f6556fb1ac3189a79b40dda32f1f 208f
  03f15365 09 05 20 170c56ce72a5a0e62306a3c7084318ee3a46355d17f67896a09c51efbe23fd71 0000
  04f15365 fd0904 06 10 fc000001000200030000000000000004 2091`);

function parseAll(bytes: Buffer) {
  return new FrameParser(mainnet).push(bytes).map(decodeMessage);
}

describe("frame", () => {
  test("checksum of the empty payload is 5df6e0e2", () => {
    expect(checksum(Buffer.alloc(0)).toString("hex")).toBe("5df6e0e2");
  });

  test("encodes verack exactly as Bitcoin Core sends it", () => {
    expect(encodeFrame(mainnet, "verack").toString("hex")).toBe(
      "f9beb4d976657261636b000000000000000000005df6e0e2",
    );
  });

  test("parses the wiki's mainnet version message field by field", () => {
    const [message] = parseAll(VERSION_WIKI);
    expect(message?.type).toBe("version");
    if (message?.type !== "version") return;
    expect(message.version).toMatchObject({
      version: 60002,
      services: 1n,
      timestamp: 1355854353n,
      nonce: 0x6517e68c5db32e3bn,
      userAgent: "/Satoshi:0.7.2/",
      startHeight: 212672,
      relay: null,
    });
  });

  test("parses a real Core 0.14 version with its relay flag, then verack, from one chunk", () => {
    const messages = parseAll(VERSION_CORE_0_14);
    expect(messages.map((m) => m.type)).toEqual(["version", "verack"]);
    const v = messages[0]?.type === "version" ? messages[0].version : null;
    expect(v?.version).toBe(70015);
    expect(v?.services).toBe(13n);
    expect(v?.userAgent).toBe("/Satoshi:0.14.2(no-sybil-signal-derpage-kthx)/");
    expect(v?.relay).toBe(true);
  });

  test("reassembles frames split at every byte boundary", () => {
    const parser = new FrameParser(mainnet);
    const frames = [...VERSION_CORE_0_14].flatMap((b) => parser.push(Buffer.of(b)));
    expect(frames.map((f) => f.command)).toEqual(["version", "verack"]);
    expect(parser.bufferedBytes).toBe(0);
  });

  test.each([
    ["bad-magic", () => Buffer.concat([hex("0b110907"), VERSION_WIKI.subarray(4)])],
    [
      "bad-checksum",
      () =>
        Buffer.concat([VERSION_WIKI.subarray(0, 20), hex("00000000"), VERSION_WIKI.subarray(24)]),
    ],
    ["oversized", () => Buffer.concat([VERSION_WIKI.subarray(0, 16), hex("01093d00")])],
    [
      "malformed",
      () =>
        Buffer.concat([mainnet, Buffer.from("ver\u0001sion\0\0\0\0\0"), hex("0000000000000000")]),
    ],
  ])("rejects a stream with %s as a typed error, and stays failed", (kind, bytes) => {
    const parser = new FrameParser(mainnet);
    const attempt = () => parser.push(bytes());
    expect(attempt).toThrow(ProtocolError);
    expect(() => parser.push(Buffer.alloc(0))).toThrow(expect.objectContaining({ kind }));
  });

  test("rejects wrong magic from its first byte, before a header arrives", () => {
    expect(() => new FrameParser(mainnet).push(hex("16"))).toThrow(
      expect.objectContaining({ kind: "bad-magic" }),
    );
  });

  test("refuses an announced payload over 4 MB as soon as the header is in", () => {
    const header = encodeFrame(mainnet, "block").subarray(0, 24);
    header.writeUInt32LE(4_000_001, 16);
    expect(() => new FrameParser(mainnet).push(header)).toThrow(
      expect.objectContaining({ kind: "oversized" }),
    );
  });
});

describe("version", () => {
  test("announces protocol 70016, no services, no relay, and round-trips", () => {
    const payload = encodeVersion({
      peerHost: "203.0.113.7",
      peerPort: 8333,
      nonce: 42n,
      userAgent: "/test:1/",
      nowSeconds: 1_700_000_000,
    });
    expect(payload.readInt32LE(0)).toBe(70016);
    expect(payload.at(-1)).toBe(0);
    expect(decodeVersion(payload)).toMatchObject({
      version: 70016,
      services: 0n,
      userAgent: "/test:1/",
      receiverPort: 8333,
      relay: false,
    });
  });

  test("rejects a version whose user agent claims more bytes than it has", () => {
    const payload = Buffer.from(VERSION_WIKI.subarray(24, 24 + 80 + 1)); // cut inside the UA
    expect(() => decodeVersion(payload)).toThrow(expect.objectContaining({ kind: "malformed" }));
  });
});

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
    ["0102", "ipv6", "02100102030405060708090a0b0c0d0e0f10", "102:304:506:708:90a:b0c:d0e:f10"],
    [
      "i2p",
      "i2p",
      "0520a2894dabaec08c0051a481a6dac88b64f98232ae42d4b6fd2fa81952dfe36a87",
      "ukeu3k5oycgaauneqgtnvselmt4yemvoilkln7jpvamvfx7dnkdq.b32.i2p",
    ],
    ["cjdns", "cjdns", "0610fc000001000200030004000500060007", "fc00:1:2:3:4:5:6:7"],
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
