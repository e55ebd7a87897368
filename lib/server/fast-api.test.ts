import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resetEnvCache } from "../env";
import { acceptsGzip, fastApiHandler, serveFastApi } from "./fast-api";

let dir: string;
let server: Server;
let base: string;

// A real HTTP server on loopback with only the fast path: what it does not take is a 418, so a
// request that falls through to Next.js is visible as such.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-fast-api-"));
  process.env.ATLAS_DB_PATH = join(dir, "atlas.db");
  delete process.env.DATABASE_URL;
  resetEnvCache();
  server = createServer((req, res) => {
    void serveFastApi(req, res).then((served) => {
      if (!served) res.writeHead(418).end("not on the fast path");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Raw GET (fetch would hide the content encoding). */
function get(
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the read API's fast path", () => {
  test("answers a listed endpoint with the route's body and the site's security headers", async () => {
    const res = await get("/api/v1/shares?month=2019-09");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    expect(res.headers["cache-control"]).toBe("public, max-age=60");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const body = JSON.parse(res.body.toString("utf8"));
    expect(body.rows.find((r: { country: string }) => r.country === "CN")?.share).toBe(0.7553);
  });

  test("gzips larger answers for clients that accept it, and says so", async () => {
    const plain = await get("/api/v1/shares?month=2019-09");
    const zipped = await get("/api/v1/shares?month=2019-09", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("Accept-Encoding");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toBe("Accept-Encoding");
    const refused = await get("/api/v1/shares?month=2019-09", {
      "accept-encoding": "gzip;q=0, identity",
    });
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });

  test("reads Accept-Encoding with its weights", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("x-gzip")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("*;q=0")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  test("a malformed escape or Host header is a client's problem, never a 500", async () => {
    const badEscape = await get("/api/v1/countries/%E0%A4%A");
    expect(badEscape.status).toBe(400);
    const host = await get("/api/v1/months", { host: "a b" });
    expect(host.status).toBe(200);
  });

  test("passes the country of /api/v1/countries/{ISO} to its route, and its errors through", async () => {
    const kz = await get("/api/v1/countries/KZ");
    expect(kz.status).toBe(200);
    expect(JSON.parse(kz.body.toString("utf8")).name).toBe("Kazakhstan");
    const bad = await get("/api/v1/countries/kz");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString("utf8")).error.code).toBe("invalid_parameter");
  });

  test("keeps the route's strict query parsing: a bad parameter is a JSON 400", async () => {
    const res = await get("/api/v1/shares?month=2019-13");
    expect(res.status).toBe(400);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(res.body.toString("utf8")).error.code).toBe("invalid_parameter");
  });

  test("leaves writes, admin and unknown paths to Next.js", async () => {
    expect((await get("/api/v1/snapshots", {}, "POST")).status).toBe(418);
    expect((await get("/api/v1/shares?month=2019-09", {}, "HEAD")).status).toBe(418);
    expect((await get("/api/v1/webhooks")).status).toBe(418);
    expect((await get("/")).status).toBe(418);
    expect((await get("//evil.example/api/v1/months")).status).toBe(418);
    expect(fastApiHandler("/api/v1/countries/KZ/extra")).toBeNull();
  });
});
