import { describe, expect, test } from "vitest";
import { type Env, env } from "../env";
import { testContext } from "../ingest/testing";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { crawlerSource } from "./crawler";
import { ingestSource, ingestTargets, workerSchedules } from "./run";

/** The settings a fresh install has, whatever this machine's environment says. */
const DEFAULTS: Env = {
  ...env(),
  ATLAS_INTERVAL_POOLS_MIN: 1440,
  ATLAS_INTERVAL_MEMPOOL_MIN: 60,
  ATLAS_INTERVAL_BITNODES_MIN: 360,
  ATLAS_INTERVAL_CRAWL_MIN: 1440,
  ATLAS_BITCOIND_URL: undefined,
};

const minutes = (e: Env) =>
  workerSchedules(e).map(({ source, everyMs }) => [source.id, everyMs / 60_000]);

describe("the worker's schedule", () => {
  test("comes from the declarations: every live source at its setting, our crawl included", () => {
    expect(minutes(DEFAULTS)).toEqual([
      ["pool-registry", 1440],
      ["pool-locations", 1440],
      ["mempool", 60],
      ["bitnodes", 360],
      ["crawler", 1440],
    ]);
  });

  test("a crawl interval of 0 turns the crawl off; the operator's node runs hourly once set", () => {
    const e = {
      ...DEFAULTS,
      ATLAS_INTERVAL_CRAWL_MIN: 0,
      ATLAS_BITCOIND_URL: "http://127.0.0.1:8332",
    };
    expect(minutes(e)).toContainEqual(["bitcoind", 60]);
    expect(minutes(e).map(([id]) => id)).not.toContain("crawler");
  });
});

describe.each(STORE_DIALECTS)("running sources offline on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("a source that needs the network is skipped, not failed, and nothing is written", async () => {
    const ctx = testContext(current().db, "http://127.0.0.1:1", { offline: true });
    expect(await ingestSource(ctx, crawlerSource)).toEqual({
      source: "crawler",
      ok: true,
      changed: false,
      records: 0,
    });
    expect(ctx.log.lines).toContainEqual({
      level: "info",
      msg: "skipped: outbound fetches disabled (ATLAS_OFFLINE=1)",
      extra: { source: "crawler" },
    });
    const rows = await current().db.selectFrom("sources").select("id").execute();
    expect(rows).toEqual([]);
  });

  test("`ingest pools` still reads the curated file, without DNS", async () => {
    const ctx = testContext(current().db, "http://127.0.0.1:1", { offline: true });
    const outcomes = await ingestTargets(ctx, ["pools"]);
    expect(outcomes.map((o) => [o.source, o.ok])).toEqual([
      ["pool-registry", true],
      ["pool-locations", true],
    ]);
    expect(outcomes[1]?.records).toBeGreaterThan(0);
  });
});
