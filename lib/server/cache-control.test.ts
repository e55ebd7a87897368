import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyCachePolicy, IMMUTABLE, SNAPSHOT_PAGE } from "./cache-control";

/** A real server whose routes answer like Next.js does (setHeader + status, or writeHead with headers). */
let server: Server;
let base: string;
const ID = "AAAAAAAAAAAAAAAAAAAAAAAAAAA";

beforeAll(async () => {
  server = createServer((req, res) => {
    applyCachePolicy(req, res);
    const path = req.url ?? "/";
    if (path === `/s/${ID}`) {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.end("snapshot");
    } else if (path.startsWith(`/s/${ID}/opengraph-image`)) {
      res.setHeader("content-type", "image/png");
      res.setHeader("cache-control", IMMUTABLE);
      res.end("png");
    } else if (path === "/data.csv") {
      res.writeHead(200, { "Content-Type": "text/csv; charset=utf-8", "Cache-Control": IMMUTABLE });
      res.end("a,b");
    } else if (path === "/prefetch") {
      res.writeHead(200, { "content-type": "text/plain", "cache-control": IMMUTABLE }).end("{}");
    } else if (path.startsWith("/s/")) {
      res.statusCode = 404;
      res.setHeader("cache-control", IMMUTABLE);
      res.end("not found");
    } else if (path === "/headers-404") {
      res.writeHead(404, { "Cache-Control": "public, immutable, max-age=31536000" }).end();
    } else {
      res.setHeader("cache-control", "public, max-age=60");
      res.end("other");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const cacheOf = async (path: string) => (await fetch(base + path)).headers.get("cache-control");

describe("cache policy by status and type", () => {
  test("a snapshot page answered as HTML is private, never shared-cached (it holds a nonce)", async () => {
    expect(await cacheOf(`/s/${ID}`)).toBe(SNAPSHOT_PAGE);
  });

  test("a preview image and a CSV marked immutable by their route stay immutable", async () => {
    expect(await cacheOf(`/s/${ID}/opengraph-image-abc`)).toBe(IMMUTABLE);
    expect(await cacheOf("/data.csv")).toBe(IMMUTABLE);
  });

  test("immutable on anything but PNG, JSON or CSV becomes no-store", async () => {
    expect(await cacheOf("/prefetch")).toBe("no-store");
  });

  test("a 404 is never immutable, whoever set the header", async () => {
    expect(await cacheOf("/s/not-an-id")).toBe("no-store");
    expect(await cacheOf("/headers-404")).toBe("no-store");
  });

  test("other answers keep their own policy", async () => {
    expect(await cacheOf("/elsewhere")).toBe("public, max-age=60");
  });
});
