import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createLogger } from "../cli/log";
import type { Route } from "../http/testing";
import { detectShifts } from "../monitor/detect-shifts";
import { getHealth } from "../monitor/health";
import { importBundledSeed } from "../seed/testing";
import { paths } from "../sources/mempool/client";
import { mempoolSource } from "../sources/mempool/index";
import { ingestSource } from "../sources/run";

import { useSourceTestBed } from "../sources/testing";
import { listAlerts } from "../store/alerts";
import { listSources } from "../store/sources";
import { STORE_DIALECTS } from "../store/testing";
import { testContext } from "./testing";

const ingestMempool = (ctx: Parameters<typeof ingestSource>[0]) => ingestSource(ctx, mempoolSource);

/**
 * An operator's upstream URL with credentials (`http://user:password@host`, as for a self-hosted
 * mempool behind basic auth). The credentials reach the upstream as a header, and appear nowhere
 * public and nowhere in the log — whatever fails.
 */
const PASSWORD = "hunter2-s3cret";
const GOOD = `Basic ${Buffer.from(`atlas:${PASSWORD}`).toString("base64")}`;
const fixture = (name: string) => readFileSync(`lib/sources/mempool/fixtures/${name}`);

const guarded =
  (body: Buffer): Route =>
  (req, res) => {
    if (req.headers.authorization !== GOOD) {
      res.writeHead(401, { "www-authenticate": 'Basic realm="mempool"' }).end("no");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  };
const routes = () => ({
  [paths.pools("1w")]: guarded(fixture("pools-1w.trimmed.json")),
  [paths.hashratePools("3y")]: guarded(fixture("hashrate-pools.constructed.json")),
  [paths.hashrate("3y")]: guarded(fixture("hashrate.constructed.json")),
});

describe.each(STORE_DIALECTS)("credentials in an upstream URL on %s", (dialect) => {
  const bed = useSourceTestBed(dialect, routes, { prepare: importBundledSeed });

  function context(password: string) {
    const lines: string[] = [];
    const url = bed.server.url.replace("http://", `http://atlas:${password}@`);
    const ctx = {
      ...testContext(bed.store.db, url, { fetch: { retries: 3, sleep: async () => {} } }),
      log: createLogger({ tty: false, write: (line) => lines.push(line) }),
    };
    return { ctx, lines };
  }

  /** Everything public or logged that could quote the URL. */
  async function everythingShown(lines: string[]): Promise<string> {
    await detectShifts(bed.store.db, new Date("2030-01-01T00:00:00Z"));
    const db = bed.store.db;
    return JSON.stringify([
      lines,
      await getHealth(bed.store),
      await listSources(db),
      await listAlerts(db, { limit: 500 }),
      await db.selectFrom("source_requests").selectAll().execute(),
      await db.selectFrom("ingests").select("upstream_url").execute(),
      await db.selectFrom("webhook_deliveries").select("body").execute(),
    ]);
  }

  test("are sent as an Authorization header, and stored nowhere", async () => {
    const { ctx, lines } = context(PASSWORD);
    expect(await ingestMempool(ctx)).toMatchObject({ ok: true, changed: true });
    const shown = await everythingShown(lines);
    expect(shown).toContain("atlas:***@127.0.0.1");
    expect(shown).not.toContain(PASSWORD);
  });

  test("a refused password (401) is asked once, and the error quotes no password", async () => {
    const { ctx, lines } = context(`wrong-${PASSWORD}`);
    const outcome = await ingestMempool(ctx);
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/HTTP 401 .*credentials refused/);
    expect(bed.server.requests).toHaveLength(1);
    const health = await getHealth(bed.store);
    expect(health.sources.find((s) => s.id === "mempool")?.lastError).toMatch(/HTTP 401/);
    const shown = await everythingShown(lines);
    expect(shown).toMatch(/source is stale|is stale/);
    expect(shown).not.toContain(PASSWORD);
  });

  test("an unreachable upstream's error quotes no password either", async () => {
    const { ctx, lines } = context(PASSWORD);
    await bed.server.close();
    expect((await ingestMempool(ctx)).ok).toBe(false);
    const shown = await everythingShown(lines);
    expect(shown).toMatch(/ECONNREFUSED/);
    expect(shown).not.toContain(PASSWORD);
  });

  test("an error stored before redaction existed is masked when read", async () => {
    await bed.store.db
      .updateTable("sources")
      .set({
        last_error_at: "2030-01-01T00:00:00.000Z",
        last_error: `mempool: network error: http://atlas:${PASSWORD}@mempool.lan/api?api_key=k3y: ECONNRESET`,
      })
      .where("id", "=", "mempool")
      .execute();
    const shown = await everythingShown([]);
    expect(shown).toContain("http://atlas:***@mempool.lan/api?api_key=***");
    expect(shown).not.toContain(PASSWORD);
    expect(shown).not.toContain("k3y");
  });

  test("a token in a query no name list knows (jwt=, code=, sid=) is shown nowhere, and the base's query still reaches the upstream", async () => {
    const { ctx, lines } = context(PASSWORD);
    const token = "eyJhbGciOiJIUzI1NiJ9.payload.sig";
    const base = `${ctx.urls.mempool}/?jwt=${token}&code=c0de-4&sid=s1d-5`;
    const outcome = await ingestMempool({ ...ctx, urls: { ...ctx.urls, mempool: base } });
    expect(outcome.ok).toBe(true);
    // The path went under the base, not into its query.
    expect(bed.server.requests).toContain(
      `/api/v1/mining/hashrate/3y?jwt=${token}&code=c0de-4&sid=s1d-5`,
    );
    await bed.server.close();
    const failed = await ingestMempool({ ...ctx, urls: { ...ctx.urls, mempool: base } });
    expect(failed.ok).toBe(false);
    const health = JSON.stringify(await getHealth(bed.store));
    expect(health).toMatch(/http:\/\/127\.0\.0\.1:\d+\/…/);
    const shown = await everythingShown(lines);
    for (const secret of [token, "c0de-4", "s1d-5", PASSWORD]) expect(shown).not.toContain(secret);
  });
});
