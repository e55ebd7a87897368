import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getStore } from "../../bootstrap/instance";
import { resetEnvCache } from "../../env";
import { serveFastApi } from "../../server/fast-api";
import { CLIENT_ADDRESS_HEADER } from "../client";
import { PREVIEW_RENDER_LIMIT } from "../limits";
import { counterFor, reserve } from "../rate-limit";

/**
 * /api/og over real HTTP through the fast path, as the production server serves it: a PNG,
 * rendered once per card and then served from the cache; renders count against the client's
 * limit, cache hits do not.
 */
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-preview-"));
  process.env.ATLAS_DB_PATH = join(dir, "atlas.db");
  delete process.env.DATABASE_URL;
  resetEnvCache();
  server = createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
    void serveFastApi(req, res).then((served) => {
      if (!served) res.writeHead(418).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("preview images", { timeout: 60_000 }, () => {
  test("are PNGs, rendered once per card and then served from the cache", async () => {
    const first = await fetch(`${base}/api/og?m=2021-07`);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/png");
    expect(first.headers.get("x-preview-cache")).toBe("miss");
    const png = Buffer.from(await first.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const again = await fetch(`${base}/api/og?m=2021-07`);
    expect(again.headers.get("x-preview-cache")).toBe("hit");
    expect(Buffer.from(await again.arrayBuffer()).equals(png)).toBe(true);
  });

  test("new data gives a new image; an ingest that changes nothing shown keeps the cached one", async () => {
    const url = `${base}/api/og?m=2019-10`;
    await fetch(url);
    const { db } = await getStore();
    const ingest = (id: string) =>
      db
        .insertInto("ingests")
        .values({
          id,
          source_id: "cbeci",
          fetched_at: new Date().toISOString(),
          upstream_url: "test",
          content_sha256: id,
          record_count: 0,
        })
        .execute();
    await ingest("cbeci:unrelated");
    expect((await fetch(url)).headers.get("x-preview-cache")).toBe("hit");
    await db
      .updateTable("country_shares")
      .set((eb) => ({ share: eb("share", "*", 0.5) }))
      .where("month", "=", "2019-10")
      .execute();
    await ingest("cbeci:changed");
    expect((await fetch(url)).headers.get("x-preview-cache")).toBe("miss");
  });

  test("a client over its render limit gets 429 for a new card, and cached cards still", async () => {
    await fetch(`${base}/api/og?m=2021-06`);
    const counter = counterFor(await getStore());
    // Spend what is left of this client's budget.
    for (let i = 0; i <= PREVIEW_RENDER_LIMIT.points; i += 1) {
      const spent = await reserve(counter, PREVIEW_RENDER_LIMIT, "127.0.0.1", 1).then(
        () => false,
        () => true,
      );
      if (spent) break;
    }
    const refused = await fetch(`${base}/api/og?m=2020-01&gs=g77`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const cached = await fetch(`${base}/api/og?m=2021-06`);
    expect(cached.status).toBe(200);
    expect(cached.headers.get("x-preview-cache")).toBe("hit");
  });

  test("bad parameters are a 400 before anything is rendered", async () => {
    expect((await fetch(`${base}/api/og?m=2021-13`)).status).toBe(400);
  });
});
