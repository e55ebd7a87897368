import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { faults, json, type Route } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import { getHealth } from "../../monitor/health";
import { STORE_DIALECTS } from "../../store/testing";
import { ingestSource } from "../run";
import { useSourceTestBed } from "../testing";
import { bitnodesSource, fetchBitnodes } from "./index";

/** The Bitnodes ingest as `atlas ingest bitnodes [--file|--timestamp]` runs it. */
const ingestBitnodes = (
  ctx: Parameters<typeof ingestSource>[0],
  opts: Parameters<typeof fetchBitnodes>[1] = {},
) => ingestSource(ctx, bitnodesSource, (c) => fetchBitnodes(c, opts), false);

const FIXTURE = "lib/sources/bitnodes/fixtures/snapshot-1647591363.trimmed.json";
const real = readFileSync(FIXTURE);
const LATEST = "/api/v1/snapshots/latest/";

/** The fixture with one edit, for payloads that break the schema in one specific way. */
function edited(edit: (payload: { nodes: Record<string, unknown[]> }) => void): Buffer {
  const payload = JSON.parse(real.toString());
  edit(payload);
  return Buffer.from(JSON.stringify(payload));
}

const faultCases: [string, Route, string][] = [
  ["HTTP 429 with Retry-After", faults.status(429, "", { "retry-after": "1" }), "http"],
  ["HTTP 500", faults.status(500, '{"detail":"error"}'), "http"],
  ["a 503 HTML error page", faults.html503(), "http"],
  ["a connection reset", faults.reset(), "network"],
  ["a stalled answer (timeout)", faults.hang(), "timeout"],
  ["truncated JSON", json(real.subarray(0, Math.floor(real.length / 2))), "parse"],
  ["a payload without `nodes`", json(edited((p) => Reflect.deleteProperty(p, "nodes"))), "parse"],
  [
    "a string where a number belongs",
    json(
      edited((p) => {
        const first = Object.values(p.nodes)[0];
        if (first) first[0] = "70016";
      }),
    ),
    "parse",
  ],
  [
    "an empty node set",
    json(
      edited((p) => {
        p.nodes = {};
      }),
    ),
    "parse",
  ],
  ["a 50 MB body", faults.huge(50 * 1024 * 1024), "size"],
];

describe.each(STORE_DIALECTS)("Bitnodes ingest on %s", (dialect) => {
  const bed = useSourceTestBed(dialect, () => ({
    [LATEST]: json(real, 200, { etag: '"s1"' }),
  }));

  /** Everything a failed ingest must leave alone. */
  async function nodeState() {
    const db = bed.store.db;
    return {
      snapshots: await db.selectFrom("node_snapshots").selectAll().orderBy("id").execute(),
      countries: await db
        .selectFrom("node_country_counts")
        .selectAll()
        .orderBy("country")
        .execute(),
      unlocated: await db.selectFrom("node_unlocated").selectAll().orderBy("network").execute(),
      ingests: await db.selectFrom("ingests").select("id").orderBy("id").execute(),
    };
  }

  test("stores a snapshot: per-country counts, unlocated Tor nodes, how nodes were located", async () => {
    const outcome = await ingestBitnodes(testContext(bed.store.db, bed.server.url));
    expect(outcome).toMatchObject({ ok: true, changed: true });
    const payload = JSON.parse(real.toString()) as { nodes: Record<string, unknown[]> };
    const byHand = new Map<string, number>();
    for (const row of Object.values(payload.nodes)) {
      const c = row[7];
      if (typeof c === "string" && !(row[8] === 0 && row[9] === 0))
        byHand.set(c, (byHand.get(c) ?? 0) + 1);
    }
    const stored = await bed.store.db
      .selectFrom("node_country_counts")
      .select(["country", "count"])
      .execute();
    expect(new Map(stored.map((r) => [r.country, r.count]))).toEqual(byHand);
    const tor = Object.keys(payload.nodes).filter((a) => a.includes(".onion")).length;
    const unlocated = await bed.store.db
      .selectFrom("node_unlocated")
      .select(["network", "count"])
      .execute();
    expect(unlocated.find((u) => u.network === "tor")?.count).toBe(tor);
    const by = await bed.store.db
      .selectFrom("node_located_by")
      .select(["located_by", "count"])
      .execute();
    expect(by).toEqual([
      { located_by: "upstream", count: [...byHand.values()].reduce((a, b) => a + b, 0) },
    ]);
  });

  test("re-ingesting the same snapshot changes nothing", async () => {
    await ingestBitnodes(testContext(bed.store.db, bed.server.url));
    const before = await nodeState();
    const again = await ingestBitnodes(testContext(bed.store.db, bed.server.url));
    expect(again).toMatchObject({ ok: true, changed: false });
    expect(await nodeState()).toEqual(before);
  });

  test("sends the stored ETag and treats 304 as nothing new", async () => {
    await ingestBitnodes(testContext(bed.store.db, bed.server.url));
    bed.server.route(LATEST, (req, res) => {
      res.writeHead(req.headers["if-none-match"] === '"s1"' ? 304 : 500).end();
    });
    expect(await ingestBitnodes(testContext(bed.store.db, bed.server.url))).toMatchObject({
      ok: true,
      changed: false,
    });
  });

  test.each(faultCases)(
    "keeps last good data and marks the source degraded on %s",
    async (_name, route, kind) => {
      await ingestBitnodes(testContext(bed.store.db, bed.server.url));
      const before = await nodeState();
      bed.server.route(LATEST, route);
      const ctx = testContext(bed.store.db, bed.server.url, {
        fetch: {
          retries: 1,
          backoffMs: 1,
          // Only the stalled answer should hit the timeout; a loaded CI box must not turn the
          // other faults into timeouts. The cap (1 MB) is far above the real 13 kB snapshot.
          timeoutMs: kind === "timeout" ? 500 : 15_000,
          maxBytes: 1024 * 1024,
          sleep: async () => {},
        },
      });
      const outcome = await ingestBitnodes(ctx);
      expect(outcome.ok).toBe(false);
      expect(await nodeState()).toEqual(before);
      const health = await getHealth(bed.store);
      const source = health.sources.find((s) => s.id === "bitnodes");
      expect(health.status).toBe("degraded");
      expect(source?.lastError).toContain(kind);
      const line = ctx.log.lines.find((l) => l.level === "error");
      expect(line?.msg).toMatch(/ingest failed; last good data kept, source marked degraded/);
      expect(line?.extra).toMatchObject({ source: "bitnodes", kind });
    },
  );

  test("honours Retry-After before retrying a 429", async () => {
    bed.server.route(LATEST, faults.status(429, "", { "retry-after": "3" }));
    const waits: number[] = [];
    const ctx = testContext(bed.store.db, bed.server.url, {
      fetch: { retries: 1, sleep: async (ms) => void waits.push(ms) },
    });
    await ingestBitnodes(ctx);
    expect(waits).toEqual([3000]);
    expect(
      ctx.log.lines.some((l) => l.level === "warn" && l.msg === "retrying upstream request"),
    ).toBe(true);
  });

  test("stops at the daily request budget without calling Bitnodes", async () => {
    const ctx = testContext(bed.store.db, bed.server.url, { bitnodesDailyBudget: 1 });
    await ingestBitnodes(ctx);
    const outcome = await ingestBitnodes(ctx);
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/budget/);
    expect(bed.server.requests).toHaveLength(1);
  });

  test("makes no request at all when offline", async () => {
    const outcome = await ingestBitnodes(
      testContext(bed.store.db, bed.server.url, { offline: true }),
    );
    expect(outcome.ok).toBe(false);
    expect(bed.server.requests).toHaveLength(0);
  });
});
