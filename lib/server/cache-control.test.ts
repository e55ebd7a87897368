import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyCachePolicy, IMMUTABLE } from "./cache-control";

/** A real server whose routes answer like Next.js does (setHeader + status, or writeHead with headers). */
let server: Server;
let base: string;
const ID = "AAAAAAAAAAAAAAAAAAAAAAAAAAA";

beforeAll(async () => {
  server = createServer((req, res) => {
    applyCachePolicy(req, res);
    const path = req.url ?? "/";
    if (path === `/s/${ID}` || path.startsWith(`/s/${ID}/opengraph-image`)) {
      res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.end("snapshot");
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

describe("cache policy by status", () => {
  test("a snapshot page and its preview image answered 200 are immutable", async () => {
    expect(await cacheOf(`/s/${ID}`)).toBe(IMMUTABLE);
    expect(await cacheOf(`/s/${ID}/opengraph-image?abc`)).toBe(IMMUTABLE);
  });

  test("a 404 is never immutable, whoever set the header", async () => {
    expect(await cacheOf("/s/not-an-id")).toBe("no-store");
    expect(await cacheOf("/headers-404")).toBe("no-store");
  });

  test("other answers keep their own policy", async () => {
    expect(await cacheOf("/elsewhere")).toBe("public, max-age=60");
  });
});
