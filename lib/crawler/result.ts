import type { AddrNetwork } from "./address";
import type { FailureKind, ProtocolErrorKind } from "./errors";
import type { NetworkName } from "./networks";

/** A node that completed the handshake, with what it said about itself. */
export interface CrawlNode {
  /** "host:port", IPv6 bracketed. */
  address: string;
  host: string;
  port: number;
  network: "ipv4" | "ipv6";
  protocolVersion: number;
  userAgent: string;
  /** Service bits as a decimal string: a uint64 does not fit a JSON number. */
  services: string;
  startHeight: number;
  /** ISO 8601: handshake completed / last message received during this crawl. */
  firstSeen: string;
  lastSeen: string;
}

/** Non-IP networks are never dialled (no proxy); their distinct learned addresses are counted. */
type OverlayNetwork = Exclude<AddrNetwork, "ipv4" | "ipv6">;

export interface CrawlResult {
  network: NetworkName;
  startedAt: string;
  finishedAt: string;
  nodes: CrawlNode[];
  /** Dialled IP addresses that gave no handshake, by network. */
  unreachable: Record<"ipv4" | "ipv6", number>;
  /** Distinct Tor/I2P/CJDNS addresses learned from peers. */
  learned: Record<OverlayNetwork, number>;
  /** Learned IP addresses not dialled: outside public routable space (unless allowed), or port 0. */
  skippedPrivate: number;
  /** Learned IP addresses not dialled because their port is on Bitcoin Core's bad-port list. */
  skippedBadPort: number;
  /** Why dials failed, by cause ("aborted" = cut off by the deadline). */
  failures: Partial<Record<FailureKind, number>>;
  /** Reachable nodes whose connection then ended on a protocol breach (their gossip is lost). */
  misbehaved: Partial<Record<ProtocolErrorKind, number>>;
  /** Seeds or peers whose names did not resolve. */
  unresolved: string[];
  /** Addresses still queued when the crawl stopped (deadline or maxNodes). */
  notDialled: number;
  deadlineReached: boolean;
}

export interface CrawlProgress {
  reached: number;
  queued: number;
  failed: number;
  inFlight: number;
}

/** Control characters in a user agent would corrupt logs and terminals; the rest is kept verbatim. */
export function cleanUserAgent(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return raw.replace(/[\u0000-\u001f\u007f]/g, "");
}
