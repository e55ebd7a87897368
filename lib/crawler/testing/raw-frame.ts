import { createHash } from "node:crypto";

/**
 * A ten-line P2P framer for test servers, written from the protocol documentation with
 * node:crypto — deliberately not the crawler's codec, so tests do not check the codec against itself.
 */
export function rawHeader(command: string, length: number, magic = "f9beb4d9"): Buffer {
  const h = Buffer.alloc(24);
  Buffer.from(magic, "hex").copy(h, 0);
  h.write(command, 4, "ascii");
  h.writeUInt32LE(length, 16);
  return h;
}

export function rawFrame(command: string, payload: Buffer): Buffer {
  const h = rawHeader(command, payload.length);
  const once = createHash("sha256").update(payload).digest();
  createHash("sha256").update(once).digest().copy(h, 20, 0, 4);
  return Buffer.concat([h, payload]);
}
