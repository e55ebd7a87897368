import { describe, expect, test } from "vitest";
import { insertIngest } from "../../store/ingests";
import { insertNodeSnapshot } from "../../store/nodes";
import { upsertSource } from "../../store/sources";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { crawlerSource } from "./index";
import { SOURCE_ID as CRAWLER_SOURCE_ID } from "./parse";
import { implausibleCrawl, previousReached } from "./plausible";

describe("implausibleCrawl", () => {
  test("refuses a crawl that reached nobody, or a tenth of last time", () => {
    expect(implausibleCrawl(0, null)).toMatch(/reached no node/);
    expect(implausibleCrawl(40, 500)).toMatch(
      /40 nodes, under a tenth of the previous crawl's 500/,
    );
  });
  test("accepts a first crawl and ordinary ups and downs", () => {
    expect(implausibleCrawl(3, null)).toBeNull();
    expect(implausibleCrawl(300, 500)).toBeNull();
    expect(implausibleCrawl(900, 500)).toBeNull();
  });
});

describe.each(STORE_DIALECTS)("previousReached on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  test("counts the clearnet nodes of the newest crawl, not the overlay addresses heard of", async () => {
    const store = current();
    expect(await previousReached(store.db)).toBeNull();
    await upsertSource(store.db, crawlerSource);
    const ingest = await insertIngest(store.db, {
      sourceId: CRAWLER_SOURCE_ID,
      fetchedAt: "2026-11-01T00:00:00.000Z",
      upstreamUrl: "p2p",
      contentSha256: "aa".repeat(32),
      recordCount: 160,
    });
    await insertNodeSnapshot(
      store.db,
      {
        sourceId: CRAWLER_SOURCE_ID,
        takenAt: "2026-11-01T00:00:00.000Z",
        total: 160,
        latestHeight: null,
        locationPrecision: 1,
        unlocated: { ipv4: 5, ipv6: 2, tor: 100 },
        countries: [
          ["US", 40],
          ["DE", 13],
        ],
        locations: [],
      },
      ingest,
    );
    expect(await previousReached(store.db)).toBe(60);
  });
});
