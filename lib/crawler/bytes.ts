import { ProtocolError } from "./errors";

/**
 * Little-endian readers and writers for the P2P wire format. The reader never reads past the end
 * of its buffer: every short read is a typed `malformed` error, which is what lets the codec
 * promise that a hostile payload cannot throw anything else.
 */

export class ByteReader {
  private offset = 0;
  constructor(private readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  bytes(n: number): Buffer {
    if (n < 0 || n > this.remaining) {
      throw new ProtocolError("malformed", `needs ${n} bytes, ${this.remaining} left`);
    }
    const out = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  u8(): number {
    return this.bytes(1).readUInt8(0);
  }
  u16be(): number {
    return this.bytes(2).readUInt16BE(0);
  }
  u32(): number {
    return this.bytes(4).readUInt32LE(0);
  }
  i32(): number {
    return this.bytes(4).readInt32LE(0);
  }
  u64(): bigint {
    return this.bytes(8).readBigUInt64LE(0);
  }
  i64(): bigint {
    return this.bytes(8).readBigInt64LE(0);
  }

  /** Bitcoin's CompactSize; non-canonical encodings are rejected as Bitcoin Core does. */
  compactSize(): number {
    const first = this.u8();
    if (first < 0xfd) return first;
    const [value, min] =
      first === 0xfd
        ? [this.bytes(2).readUInt16LE(0), 0xfd]
        : first === 0xfe
          ? [this.u32(), 0x10000]
          : [Number(this.u64()), 0x100000000];
    if (value < min) throw new ProtocolError("malformed", "non-canonical compact size");
    if (!Number.isSafeInteger(value))
      throw new ProtocolError("oversized", "compact size too large");
    return value;
  }

  /** A length-prefixed string, refused before reading when longer than `max` bytes. */
  varString(max: number): string {
    const length = this.compactSize();
    if (length > max) throw new ProtocolError("oversized", `string of ${length} bytes > ${max}`);
    return this.bytes(length).toString("utf8");
  }

  end(): void {
    if (this.remaining !== 0) {
      throw new ProtocolError("malformed", `${this.remaining} trailing bytes`);
    }
  }
}

export class ByteWriter {
  private parts: Buffer[] = [];

  bytes(b: Uint8Array): this {
    this.parts.push(Buffer.from(b));
    return this;
  }
  u8(v: number): this {
    return this.bytes(Buffer.of(v));
  }
  u16be(v: number): this {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(v);
    return this.bytes(b);
  }
  u32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    return this.bytes(b);
  }
  i32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    return this.bytes(b);
  }
  u64(v: bigint): this {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(v);
    return this.bytes(b);
  }
  i64(v: bigint): this {
    const b = Buffer.alloc(8);
    b.writeBigInt64LE(v);
    return this.bytes(b);
  }
  compactSize(v: number): this {
    if (v < 0xfd) return this.u8(v);
    if (v <= 0xffff) {
      const b = Buffer.alloc(3);
      b.writeUInt8(0xfd);
      b.writeUInt16LE(v, 1);
      return this.bytes(b);
    }
    if (v <= 0xffffffff) return this.u8(0xfe).u32(v);
    return this.u8(0xff).u64(BigInt(v));
  }
  varString(s: string): this {
    const b = Buffer.from(s, "utf8");
    return this.compactSize(b.length).bytes(b);
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}
