import { expect, test } from "vitest";
import { formatCrawlSummary, summarizeCrawl } from "./summary";
import { crawlResult } from "./testing/results";

test("summarises a crawl as counts, with the commonest user agents first", () => {
  const result = crawlResult(
    [
      { userAgent: "/Satoshi:28.1.0/" },
      { userAgent: "/Satoshi:29.0.0/" },
      { userAgent: "/Satoshi:29.0.0/", network: "ipv6", host: "2001:db8::1" },
    ],
    { learned: { tor: 1234, i2p: 56, cjdns: 7 }, unreachable: { ipv4: 10, ipv6: 2 } },
  );
  const summary = summarizeCrawl(result);
  expect(summary).toMatchObject({
    reached: { ipv4: 2, ipv6: 1 },
    seconds: 599.9,
    topUserAgents: [
      ["/Satoshi:29.0.0/", 2],
      ["/Satoshi:28.1.0/", 1],
    ],
  });
  expect(summary).not.toHaveProperty("nodes");
  expect(formatCrawlSummary(summary)).toBe(
    "reached 3 nodes (IPv4 2, IPv6 1) · unreachable 12 · learned Tor 1,234, I2P 56, CJDNS 7 · in 599.9 s",
  );
});
