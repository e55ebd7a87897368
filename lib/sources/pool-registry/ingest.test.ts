import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { faults, json, type ReplayServer, startReplayServer } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import { importSeed } from "../../seed/import";
import { loadSeedBundle } from "../../seed/load";
import type { Store } from "../../store/db";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { ingestPoolRegistry } from "./index";

const LIST = readFileSync("lib/sources/pool-registry/fixtures/pool-list.trimmed.json");
const PATH = "/bitcoin-data/pool-list.json";

describe.each(STORE_DIALECTS)("pool registry ingest on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  let server: ReplayServer;

  beforeEach(async () => {
    store = current();
    await importSeed(store.db, await loadSeedBundle("data/seed"));
    server = await startReplayServer({ [PATH]: json(LIST) });
  });
  afterEach(async () => {
    await server.close();
  });

  const pools = () => store.db.selectFrom("pools").selectAll().orderBy("slug").execute();

  test("keeps the slugs pools already have (ids differ between registries) and adds none twice", async () => {
    const before = await pools();
    expect(await ingestPoolRegistry(testContext(store.db, server.url))).toMatchObject({
      ok: true,
      changed: true,
    });
    const after = await pools();
    const names = (JSON.parse(LIST.toString()) as { name: string }[]).map((p) =>
      p.name.toLowerCase(),
    );
    const known = new Set(before.map((p) => p.name.toLowerCase()));
    expect(after).toHaveLength(before.length + names.filter((n) => !known.has(n)).length);
    expect(after.find((p) => p.name === "Foundry USA")?.slug).toBe("foundryusa");
  });

  test("a schema violation leaves the registry as it was", async () => {
    server.route(PATH, json('[{"id":"one","name":"x"}]'));
    const before = await pools();
    expect((await ingestPoolRegistry(testContext(store.db, server.url))).ok).toBe(false);
    expect(await pools()).toEqual(before);
  });

  test("a 404 is not retried", async () => {
    server.route(PATH, faults.status(404));
    await ingestPoolRegistry(testContext(store.db, server.url));
    expect(server.requests).toHaveLength(1);
  });
});
