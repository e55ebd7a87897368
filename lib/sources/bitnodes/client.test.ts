import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, inject, test } from "vitest";
import { faults, json, type ReplayServer, startReplayServer } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import { migrateToLatest, type Store } from "../../store/db";
import { createTestStore, STORE_DIALECTS, type TestStore } from "../../store/testing";
import { fetchListing, listingUrl } from "./client";
import { ingestBitnodes } from "./index";

const LISTING = readFileSync("lib/sources/bitnodes/fixtures/listing.constructed.json");

describe.each(STORE_DIALECTS)("Bitnodes client on %s", (dialect) => {
  let testStore: TestStore;
  let store: Store;
  let server: ReplayServer;

  beforeEach(async () => {
    testStore = await createTestStore(dialect, inject("pgUrl"));
    store = await testStore.open();
    await migrateToLatest(store.db);
    server = await startReplayServer({
      [new URL(listingUrl("http://x")).pathname]: json(LISTING),
      "/api/v1/snapshots/latest/": faults.status(500),
    });
  });
  afterEach(async () => {
    await server.close();
    await store.close();
    await testStore.destroy();
  });

  test("reads the snapshot listing", async () => {
    const listing = await fetchListing(testContext(store.db, server.url));
    expect(listing?.results[0]?.timestamp).toBe(1647591363);
  });

  test("counts every retry against the daily request budget", async () => {
    const ctx = testContext(store.db, server.url, { bitnodesDailyBudget: 2 });
    await ingestBitnodes(ctx); // one request and one retry: the budget of 2 is used up
    const second = await ingestBitnodes(ctx);
    expect(second.error).toMatch(/budget used up \(2\/2/);
    expect(server.requests).toHaveLength(2);
  });
});
