import { z } from "zod";
import { NETWORK_NAMES, NETWORKS } from "./networks";
import { parseHostPort } from "./targets";

const hostPort = z.string().refine((s) => parseHostPort(s, 1) !== null, {
  message: "expected host, host:port or [ipv6]:port",
});

/**
 * Per-connection limits (ms); see `PeerTimeouts` for what each bounds. Bitcoin Core usually
 * answers getaddr at once, but it may hold addr traffic to a new peer until its next scheduled
 * address send (exponential, mean 30 s), hence the generous wait after the handshake.
 */
const timeoutsSchema = z.object({
  connectMs: z.number().int().positive().default(5_000),
  handshakeMs: z.number().int().positive().default(10_000),
  idleMs: z.number().int().positive().default(15_000),
  addrWaitMs: z.number().int().positive().default(30_000),
  quietMs: z.number().int().positive().default(10_000),
});

/**
 * What `atlas crawl` (and anyone else) may ask of a crawl, validated at the boundary. Defaults
 * are polite for mainnet from one machine: 64 connections, 20 ms between dials (≤ 50 dials/s).
 */
export const crawlOptionsSchema = z.object({
  network: z.enum(NETWORK_NAMES).default("mainnet"),
  /**
   * DNS seeds (host or host:port; every A/AAAA record is dialled). Omitted: the network's own
   * seeds, unless `peers` are given — then only those, so a crawl of given peers stays local.
   */
  seeds: z.array(hostPort).optional(),
  /** Peers to start from (IP or host name, with optional port). */
  peers: z.array(hostPort).default([]),
  /** Stop after this many reachable nodes. */
  maxNodes: z.number().int().positive().max(1_000_000).default(100_000),
  /** Connections open at once. */
  concurrency: z.number().int().min(1).max(2_000).default(64),
  /** The whole crawl, DNS included, ends after this long. */
  deadlineMs: z
    .number()
    .int()
    .positive()
    .default(10 * 60_000),
  /** Minimum gap between two connection attempts. */
  politenessMs: z.number().int().min(0).max(60_000).default(20),
  /** Dial learned private/loopback addresses (tests, private networks). */
  allowPrivate: z.boolean().default(false),
  timeouts: timeoutsSchema.default(timeoutsSchema.parse({})),
  /** BIP 14 user agent we announce, so node operators can see who is connecting. */
  userAgent: z.string().max(256).default("/hashrate-atlas-crawler:0.1.0/"),
  /** Addresses kept from one peer (Core sends ≤ 1000 per getaddr reply). */
  maxAddrsPerPeer: z.number().int().positive().max(10_000).default(1_000),
});
export type CrawlOptionsInput = z.input<typeof crawlOptionsSchema>;
type CrawlOptions = z.output<typeof crawlOptionsSchema>;

/** The seeds to resolve: explicit ones, or the network's defaults when neither seeds nor peers are given. */
export function seedHosts(o: CrawlOptions): string[] {
  if (o.seeds) return o.seeds;
  return o.peers.length > 0 ? [] : [...NETWORKS[o.network].dnsSeeds];
}
