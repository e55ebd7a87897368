import type { CrawlResult } from "./result";

/** What `atlas crawl` prints at the end: counts only, JSON-safe, for humans and structured logs. */
interface CrawlSummary {
  network: string;
  seconds: number;
  reached: { ipv4: number; ipv6: number };
  unreachable: { ipv4: number; ipv6: number };
  learned: { tor: number; i2p: number; cjdns: number };
  skippedPrivate: number;
  skippedBadPort: number;
  failures: Record<string, number>;
  misbehaved: Record<string, number>;
  unresolved: string[];
  notDialled: number;
  deadlineReached: boolean;
  /** The ten most common user agents among reached nodes, most common first. */
  topUserAgents: [string, number][];
}

export function summarizeCrawl(result: CrawlResult): CrawlSummary {
  const reached = { ipv4: 0, ipv6: 0 };
  const agents = new Map<string, number>();
  for (const node of result.nodes) {
    reached[node.network] += 1;
    agents.set(node.userAgent, (agents.get(node.userAgent) ?? 0) + 1);
  }
  const { nodes: _nodes, startedAt, finishedAt, ...counts } = result;
  return {
    ...counts,
    seconds: Math.round((Date.parse(finishedAt) - Date.parse(startedAt)) / 100) / 10,
    reached,
    topUserAgents: [...agents].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10),
  };
}

/** One line for a terminal, e.g. "reached 8,123 nodes (…) · unreachable 21,004 · Tor 12,345 …". */
export function formatCrawlSummary(s: CrawlSummary): string {
  const n = (v: number) => v.toLocaleString("en-US");
  const parts = [
    `reached ${n(s.reached.ipv4 + s.reached.ipv6)} nodes (IPv4 ${n(s.reached.ipv4)}, IPv6 ${n(s.reached.ipv6)})`,
    `unreachable ${n(s.unreachable.ipv4 + s.unreachable.ipv6)}`,
    `learned Tor ${n(s.learned.tor)}, I2P ${n(s.learned.i2p)}, CJDNS ${n(s.learned.cjdns)}`,
    `in ${s.seconds} s${s.deadlineReached ? " (deadline reached)" : ""}`,
  ];
  return parts.join(" · ");
}
