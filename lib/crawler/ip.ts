import { isIPv4, isIPv6 } from "node:net";

/**
 * IP text ↔ the 16-byte form the P2P messages carry (IPv4 as IPv4-mapped IPv6, ::ffff:a.b.c.d).
 * Inputs come from our own parsing or from DNS, so invalid text is a programming error and throws.
 */

export function ipv4Bytes(text: string): Buffer {
  if (!isIPv4(text)) throw new Error(`not an IPv4 address: ${text}`);
  return Buffer.from(text.split(".").map(Number));
}

export function ipv6Bytes(text: string): Buffer {
  if (!isIPv6(text)) throw new Error(`not an IPv6 address: ${text}`);
  let body = text.toLowerCase();
  const tail: number[] = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (v4?.[1]) {
    // An embedded IPv4 tail ("::ffff:1.2.3.4") is the last two groups.
    tail.push(...ipv4Bytes(v4[1]));
    body = body.slice(0, -v4[1].length).replace(/:$/, "") || ":";
    if (body === ":") body = "::";
  }
  const [left = "", right] = body.split("::");
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const head = parse(left);
  const rest = right === undefined ? [] : parse(right);
  const groupsWanted = 8 - tail.length / 2;
  const zeros = right === undefined ? 0 : groupsWanted - head.length - rest.length;
  const groups = [...head, ...new Array<number>(zeros).fill(0), ...rest];
  const out = Buffer.alloc(16);
  for (const [i, g] of groups.entries()) out.writeUInt16BE(g, i * 2);
  Buffer.from(tail).copy(out, 12);
  return out;
}

/** The 16-byte P2P form of an IPv4 or IPv6 address. */
export function ip16(text: string): Buffer {
  if (isIPv4(text))
    return Buffer.concat([Buffer.alloc(10), Buffer.from([0xff, 0xff]), ipv4Bytes(text)]);
  return ipv6Bytes(text);
}

const MAPPED_PREFIX = Buffer.from("00000000000000000000ffff", "hex");
/** OnionCat range Bitcoin Core used for Tor v2 in addr v1; v2 onions are dead and are skipped. */
const ONIONCAT_PREFIX = Buffer.from("fd87d87eeb43", "hex");

export function isIpv4Mapped(bytes: Buffer): boolean {
  return bytes.subarray(0, 12).equals(MAPPED_PREFIX);
}

export function isOnionCat(bytes: Buffer): boolean {
  return bytes.subarray(0, 6).equals(ONIONCAT_PREFIX);
}
