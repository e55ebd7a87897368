/**
 * Everything a peer can do wrong is a `ProtocolError` with a kind, so the walk can count failures
 * by cause and never has to guess from a message string. Codec functions throw only this type;
 * the connection catches it and closes that one socket.
 */
export type ProtocolErrorKind =
  /** The frame does not start with this network's magic (wrong network, or not Bitcoin at all). */
  | "bad-magic"
  /** The payload's double-SHA256 does not match the header. */
  | "bad-checksum"
  /** The header announces more than we are willing to buffer, or a list is over its cap. */
  | "oversized"
  /** The payload ends early, has trailing bytes, or a field is out of range. */
  | "malformed";

const PROTOCOL_ERROR_KINDS: readonly string[] = [
  "bad-magic",
  "bad-checksum",
  "oversized",
  "malformed",
];

export function isProtocolErrorKind(kind: string): kind is ProtocolErrorKind {
  return PROTOCOL_ERROR_KINDS.includes(kind);
}

export class ProtocolError extends Error {
  readonly kind: ProtocolErrorKind;
  constructor(kind: ProtocolErrorKind, message: string) {
    super(message);
    this.name = "ProtocolError";
    this.kind = kind;
  }
}

/** Why a connection to a peer ended without a usable handshake. */
export type FailureKind =
  | ProtocolErrorKind
  | "connect"
  | "connect-timeout"
  | "handshake-timeout"
  | "idle-timeout"
  | "closed"
  /** The crawl's deadline passed while connecting. */
  | "aborted";
