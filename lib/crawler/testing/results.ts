import type { CrawlNode, CrawlResult } from "../result";

/** A hand-made crawl result, for snapshot and store tests that need no network. */
export function crawlResult(
  nodes: Partial<CrawlNode>[],
  extra: Partial<CrawlResult> = {},
): CrawlResult {
  return {
    network: "mainnet",
    startedAt: "2026-11-20T12:00:00.123Z",
    finishedAt: "2026-11-20T12:10:00.000Z",
    nodes: nodes.map((n, i) => ({
      address: `${n.host ?? `198.51.100.${i}`}:8333`,
      host: `198.51.100.${i}`,
      port: 8333,
      network: "ipv4",
      protocolVersion: 70016,
      userAgent: "/Satoshi:29.0.0/",
      services: "1033",
      startHeight: 925_000,
      firstSeen: "2026-11-20T12:00:01.000Z",
      lastSeen: "2026-11-20T12:00:02.000Z",
      ...n,
    })),
    unreachable: { ipv4: 0, ipv6: 0 },
    learned: { tor: 0, i2p: 0, cjdns: 0 },
    skippedPrivate: 0,
    skippedBadPort: 0,
    failures: {},
    misbehaved: {},
    unresolved: [],
    notDialled: 0,
    deadlineReached: false,
    ...extra,
  };
}
