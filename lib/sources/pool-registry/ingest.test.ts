import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { faults, json } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import { importBundledSeed } from "../../seed/testing";
import { STORE_DIALECTS } from "../../store/testing";
import { ingestSource } from "../run";
import { useSourceTestBed } from "../testing";
import { poolRegistrySource } from "./index";

const ingestPoolRegistry = (ctx: Parameters<typeof ingestSource>[0]) =>
  ingestSource(ctx, poolRegistrySource);

const LIST = readFileSync("lib/sources/pool-registry/fixtures/pool-list.trimmed.json");
const PATH = "/bitcoin-data/pool-list.json";

describe.each(STORE_DIALECTS)("pool registry ingest on %s", (dialect) => {
  const bed = useSourceTestBed(dialect, () => ({ [PATH]: json(LIST) }), {
    prepare: importBundledSeed,
  });

  const pools = () => bed.store.db.selectFrom("pools").selectAll().orderBy("slug").execute();

  test("keeps the slugs pools already have (ids differ between registries) and adds none twice", async () => {
    const before = await pools();
    expect(await ingestPoolRegistry(testContext(bed.store.db, bed.server.url))).toMatchObject({
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
    bed.server.route(PATH, json('[{"id":"one","name":"x"}]'));
    const before = await pools();
    expect((await ingestPoolRegistry(testContext(bed.store.db, bed.server.url))).ok).toBe(false);
    expect(await pools()).toEqual(before);
  });

  test("a 404 is not retried", async () => {
    bed.server.route(PATH, faults.status(404));
    await ingestPoolRegistry(testContext(bed.store.db, bed.server.url));
    expect(bed.server.requests).toHaveLength(1);
  });
});
