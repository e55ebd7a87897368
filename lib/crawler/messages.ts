import { type AddrEntry, decodeAddr, decodeAddrV2 } from "./addr";
import type { Frame } from "./frame";
import { decodeNonce, decodeVersion, type VersionMessage } from "./version";

/** The messages the crawler acts on; everything else a node sends is `other` and is ignored. */
export type Message =
  | { type: "version"; version: VersionMessage }
  | { type: "verack" }
  | { type: "addr"; entries: AddrEntry[] }
  | { type: "ping"; nonce: bigint | null }
  | { type: "other"; command: string };

/** Decodes one frame; a malformed payload throws a ProtocolError (and nothing else). */
export function decodeMessage(frame: Frame): Message {
  switch (frame.command) {
    case "version":
      return { type: "version", version: decodeVersion(frame.payload) };
    case "verack":
      return { type: "verack" };
    case "addr":
      return { type: "addr", entries: decodeAddr(frame.payload) };
    case "addrv2":
      return { type: "addr", entries: decodeAddrV2(frame.payload) };
    case "ping":
      // Before BIP 31 a ping had no nonce and wanted no pong.
      return {
        type: "ping",
        nonce: frame.payload.length === 0 ? null : decodeNonce(frame.payload),
      };
    default:
      return { type: "other", command: frame.command };
  }
}
