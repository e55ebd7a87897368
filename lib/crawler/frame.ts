import { createHash } from "node:crypto";
import { ProtocolError } from "./errors";
import { MAX_PAYLOAD_BYTES } from "./networks";

/**
 * Message framing: magic (4) | command, NUL-padded ASCII (12) | payload length (4, LE) |
 * checksum = first 4 bytes of SHA256(SHA256(payload)) (4) | payload.
 */
const HEADER_BYTES = 24;

export interface Frame {
  command: string;
  payload: Buffer;
}

export function checksum(payload: Uint8Array): Buffer {
  const once = createHash("sha256").update(payload).digest();
  return createHash("sha256").update(once).digest().subarray(0, 4);
}

export function encodeFrame(magic: Buffer, command: string, payload: Buffer = Buffer.alloc(0)) {
  if (!/^[a-z0-9]{1,12}$/.test(command)) throw new Error(`invalid command "${command}"`);
  const header = Buffer.alloc(HEADER_BYTES);
  magic.copy(header, 0);
  header.write(command, 4, "ascii");
  header.writeUInt32LE(payload.length, 16);
  checksum(payload).copy(header, 20);
  return Buffer.concat([header, payload]);
}

/** A command is 1–12 printable ASCII bytes then NUL padding only (Core rejects anything else). */
function parseCommand(raw: Buffer): string {
  const end = raw.indexOf(0);
  const name = raw.subarray(0, end === -1 ? raw.length : end);
  if (name.length === 0 || raw.subarray(name.length).some((b) => b !== 0)) {
    throw new ProtocolError("malformed", "command is not NUL-padded");
  }
  if (name.some((b) => b < 0x20 || b > 0x7e)) {
    throw new ProtocolError("malformed", "command is not printable ASCII");
  }
  return name.toString("ascii");
}

/**
 * Streaming parser: feed it socket chunks, get whole frames back. It checks the magic as soon as
 * four bytes are in and the announced length as soon as the header is in, so a hostile peer can
 * make it hold at most one header plus `maxPayload` bytes — never an unbounded buffer. After the
 * first error the parser stays failed: the stream is desynchronised and the socket must close.
 */
export class FrameParser {
  private buffered: Buffer[] = [];
  private size = 0;
  private failed: ProtocolError | null = null;
  /** Size of the frame being assembled once its header is known; saves re-concatenating chunks. */
  private needed = 0;

  constructor(
    private readonly magic: Buffer,
    private readonly maxPayload: number = MAX_PAYLOAD_BYTES,
  ) {}

  /** Returns the frames completed by `chunk`; throws a ProtocolError (only) on a bad stream. */
  push(chunk: Buffer): Frame[] {
    if (this.failed) throw this.failed;
    this.buffered.push(chunk);
    this.size += chunk.length;
    if (this.size < this.needed) return [];
    try {
      return this.drain();
    } catch (err) {
      this.failed =
        err instanceof ProtocolError ? err : new ProtocolError("malformed", String(err));
      this.buffered = [];
      this.size = 0;
      this.needed = 0;
      throw this.failed;
    }
  }

  /** Bytes held while waiting for the rest of a frame. */
  get bufferedBytes(): number {
    return this.size;
  }

  private drain(): Frame[] {
    const frames: Frame[] = [];
    let buf =
      this.buffered.length === 1 ? (this.buffered[0] as Buffer) : Buffer.concat(this.buffered);
    for (;;) {
      const frame = this.nextFrame(buf);
      if (!frame) break;
      frames.push(frame.frame);
      buf = buf.subarray(frame.consumed);
    }
    this.buffered = buf.length > 0 ? [buf] : [];
    this.size = buf.length;
    this.needed = buf.length >= HEADER_BYTES ? HEADER_BYTES + buf.readUInt32LE(16) : 0;
    return frames;
  }

  private nextFrame(buf: Buffer): { frame: Frame; consumed: number } | null {
    const magicBytes = Math.min(4, buf.length);
    if (!buf.subarray(0, magicBytes).equals(this.magic.subarray(0, magicBytes))) {
      throw new ProtocolError("bad-magic", `magic ${buf.subarray(0, magicBytes).toString("hex")}`);
    }
    // Judge each header field as soon as its bytes are in: a lie is refused before we wait on it.
    if (buf.length < 16) return null;
    const command = parseCommand(buf.subarray(4, 16));
    if (buf.length < 20) return null;
    const length = buf.readUInt32LE(16);
    if (length > this.maxPayload) {
      throw new ProtocolError("oversized", `payload of ${length} bytes > ${this.maxPayload}`);
    }
    if (buf.length < HEADER_BYTES + length) return null;
    const payload = Buffer.from(buf.subarray(HEADER_BYTES, HEADER_BYTES + length));
    if (!checksum(payload).equals(buf.subarray(20, 24))) {
      throw new ProtocolError("bad-checksum", `checksum mismatch on "${command}"`);
    }
    return { frame: { command, payload }, consumed: HEADER_BYTES + length };
  }
}
