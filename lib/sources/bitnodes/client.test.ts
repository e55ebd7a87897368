import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { faults, json, type ReplayServer, startReplayServer } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import type { Store } from "../../store/db";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { ingestSource } from "../run";
import { fetchListing, listingUrl } from "./client";
import { bitnodesSource, fetchBitnodes } from "./index";

/** The Bitnodes ingest as `atlas ingest bitnodes [--file|--timestamp]` runs it. */
const ingestBitnodes = (
  ctx: Parameters<typeof ingestSource>[0],
  opts: Parameters<typeof fetchBitnodes>[1] = {},
) => ingestSource(ctx, bitnodesSource, (c) => fetchBitnodes(c, opts), false);

const LISTING = readFileSync("lib/sources/bitnodes/fixtures/listing.constructed.json");

describe.each(STORE_DIALECTS)("Bitnodes client on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  let server: ReplayServer;

  beforeEach(async () => {
    store = current();
    server = await startReplayServer({
      [new URL(listingUrl("http://x")).pathname]: json(LISTING),
      "/api/v1/snapshots/latest/": faults.status(500),
      "/api/v1/snapshots/1647591363/": json(
        readFileSync("lib/sources/bitnodes/fixtures/snapshot-1647591363.trimmed.json"),
      ),
    });
  });
  afterEach(async () => {
    await server.close();
  });

  test("reads the snapshot listing", async () => {
    const listing = await fetchListing(testContext(store.db, server.url));
    expect(listing?.results[0]?.timestamp).toBe(1647591363);
  });

  test("fetches a past snapshot by its timestamp", async () => {
    const outcome = await ingestBitnodes(testContext(store.db, server.url), {
      timestamp: 1647591363,
    });
    expect(outcome).toMatchObject({ ok: true, changed: true });
    expect(server.requests).toEqual(["/api/v1/snapshots/1647591363/"]);
  });

  test("counts every retry against the daily request budget", async () => {
    const ctx = testContext(store.db, server.url, { bitnodesDailyBudget: 2 });
    await ingestBitnodes(ctx); // one request and one retry: the budget of 2 is used up
    const second = await ingestBitnodes(ctx);
    expect(second.error).toMatch(/budget used up \(2\/2/);
    expect(server.requests).toHaveLength(2);
  });
});
