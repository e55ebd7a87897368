import type { Db } from "../../store/schema";
import { SOURCE_ID } from "./parse";

/**
 * Clearnet nodes our previous crawl reached (located by country plus unlocated IPv4/IPv6), or
 * null when there was none. Overlay addresses (Tor, I2P, CJDNS) are heard of, not reached.
 */
export async function previousReached(db: Db): Promise<number | null> {
  const last = await db
    .selectFrom("node_snapshots")
    .select("id")
    .where("source_id", "=", SOURCE_ID)
    .orderBy("taken_at", "desc")
    .executeTakeFirst();
  if (!last) return null;
  const located = await db
    .selectFrom("node_country_counts")
    .select((eb) => eb.fn.sum<number | string>("count").as("n"))
    .where("snapshot_id", "=", last.id)
    .executeTakeFirst();
  const clearnet = await db
    .selectFrom("node_unlocated")
    .select((eb) => eb.fn.sum<number | string>("count").as("n"))
    .where("snapshot_id", "=", last.id)
    .where("network", "in", ["ipv4", "ipv6"])
    .executeTakeFirst();
  return Number(located?.n ?? 0) + Number(clearnet?.n ?? 0);
}

/**
 * Why a crawl should not replace the last good snapshot, or null when it may. A crawl that
 * reached nobody (seeds unresolvable, port 8333 blocked) or a tenth of last time is an outage of
 * ours, not a collapse of the network: storing it would blank the map and fire alerts.
 */
export function implausibleCrawl(reached: number, previous: number | null): string | null {
  if (reached === 0)
    return "the crawl reached no node (no network, blocked port or unresolvable seeds)";
  if (previous !== null && reached < previous * 0.1) {
    return `the crawl reached ${reached} nodes, under a tenth of the previous crawl's ${previous}`;
  }
  return null;
}
