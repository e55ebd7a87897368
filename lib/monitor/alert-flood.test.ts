import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { importSeed } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import { listAlerts } from "../store/alerts";
import type { Store } from "../store/db";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { enqueueDeliveries, insertWebhook, listDeliveries } from "../store/webhooks";
import { DELIVERIES_PER_HOOK, deliverDue } from "./deliver";
import { detectShifts, SUMMARY_KIND } from "./detect-shifts";

/**
 * An alert flood: a 10,000-row import once created 5,003 alerts and 10,005 queued webhook
 * deliveries. Now one pass above the threshold queues one summary per hook, and a pass sends
 * each hook at most its cap — attacked with a real receiver on loopback.
 */
const NOW = new Date("2026-11-25T12:00:00Z");

/** A webhook receiver on loopback counting what each path received. */
async function startReceiver(): Promise<{
  server: Server;
  url: string;
  hits: Map<string, number>;
}> {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      hits.set(req.url ?? "", (hits.get(req.url ?? "") ?? 0) + 1);
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

describe.each(STORE_DIALECTS)("alert floods on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    store = current();
    receiver = await startReceiver();
  });
  afterEach(() => new Promise<void>((r) => receiver.server.close(() => r())));

  test("a pass above the threshold stores every alert but queues one summary per hook", async () => {
    const hook = await insertWebhook(
      store.db,
      {
        url: `${receiver.url}/a`,
        secret: "a-long-enough-secret",
        events: ["country_share_change"],
      },
      NOW.toISOString(),
      null,
    );
    await importSeed(store.db, await loadSeedBundle("data/seed"), NOW);
    const { created, summary } = await detectShifts(store.db, NOW, 3);
    expect(created.length).toBeGreaterThan(3);
    expect(summary?.kind).toBe(SUMMARY_KIND);
    expect(summary?.evidence.count).toBe(created.length);
    const deliveries = await listDeliveries(store.db, hook.id);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]?.event).toBe(SUMMARY_KIND);
    // Every alert is on record, the summary too; a second pass finds nothing new.
    const stored = await listAlerts(store.db, { limit: 1000 });
    expect(stored.length).toBe(created.length + 1);
    expect((await detectShifts(store.db, NOW, 3)).created).toEqual([]);
  });

  test("one pass sends a hook at most its cap; the rest wait, and another hook is not starved", async () => {
    const at = NOW.toISOString();
    const flooded = await insertWebhook(
      store.db,
      { url: `${receiver.url}/flooded`, secret: "a-long-enough-secret", events: ["x"] },
      at,
      null,
    );
    const quiet = await insertWebhook(
      store.db,
      { url: `${receiver.url}/quiet`, secret: "a-long-enough-secret", events: ["y"] },
      at,
      null,
    );
    for (let i = 0; i < 3 * DELIVERIES_PER_HOOK; i += 1)
      await enqueueDeliveries(store.db, "x", null, `{"n":${i}}`, at, flooded.id);
    await enqueueDeliveries(
      store.db,
      "y",
      null,
      "{}",
      new Date(NOW.getTime() + 1).toISOString(),
      quiet.id,
    );
    const opts = {
      allowPrivate: true,
      now: () => new Date(NOW.getTime() + 1000),
      offline: false,
      secretKey: null,
    };
    const first = await deliverDue(store.db, opts);
    expect(receiver.hits.get("/flooded")).toBe(DELIVERIES_PER_HOOK);
    expect(receiver.hits.get("/quiet")).toBe(1);
    expect(first.delivered).toBe(DELIVERIES_PER_HOOK + 1);
    await deliverDue(store.db, opts);
    expect(receiver.hits.get("/flooded")).toBe(2 * DELIVERIES_PER_HOOK);
  });
});
