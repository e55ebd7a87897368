import { request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { IMMUTABLE, SNAPSHOT_PAGE } from "./cache-control";
import type { ConnectionLimits } from "./connections";
import { createAtlasServer, type Fallback } from "./serve";

/**
 * Attacks on the production server's edge, over loopback: the real server (createAtlasServer, as
 * `npm start` runs it) around a stand-in for Next.js that behaves as an attack review found Next
 * does — a prefetch header gets `200 {}`, an absolute-form request a redirect to the host it names,
 * `OPTIONS *` and TRACE a stack trace.
 */

const ID = "AAAAAAAAAAAAAAAAAAAAAAAAAAA";
const LIMITS: ConnectionLimits = {
  headersTimeoutMs: 1000,
  requestTimeoutMs: 2000,
  keepAliveTimeoutMs: 1000,
  maxConnections: 40,
  maxConnectionsPerClient: 5,
};

/** Request headers the stand-in saw, by path. */
const seen = new Map<string, IncomingMessage["headers"]>();

const nextStandIn: Fallback = (req, res) => {
  const url = req.url ?? "/";
  seen.set(url, { ...req.headers });
  if (req.method === "TRACE" || url === "*") throw new Error("stack trace at Next.render");
  if (/^https?:\/\//.test(url)) {
    res.writeHead(308, { location: url }).end();
    return;
  }
  const [path = ""] = url.split("?");
  if (path === `/s/${ID}`) {
    if (req.headers["x-middleware-prefetch"]) {
      res.writeHead(200, { "content-type": "application/json", "cache-control": IMMUTABLE });
      res.end("{}");
      return;
    }
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      "content-security-policy": "script-src 'self' 'nonce-abc'",
    });
    res.end('<script nonce="abc"></script>');
    return;
  }
  if (path.startsWith(`/s/${ID}/opengraph-image`)) {
    res.writeHead(200, { "content-type": "image/png", "cache-control": IMMUTABLE });
    res.end("png");
    return;
  }
  if (path === `/s/${ID}/rsc`) {
    res.writeHead(200, { "content-type": "text/x-component", "cache-control": IMMUTABLE });
    res.end("0:{}");
    return;
  }
  if (path.startsWith("/s/")) {
    res.writeHead(404, { "content-type": "text/html", "cache-control": IMMUTABLE }).end("no");
    return;
  }
  res.writeHead(200, { "content-type": "text/plain" }).end("ok");
};

let server: Server;
let port: number;

beforeAll(async () => {
  server = createAtlasServer(nextStandIn, LIMITS);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

interface Answer {
  status: number;
  headers: IncomingMessage["headers"];
  body: string;
}

/** One raw request (any method and request target, which fetch cannot send). */
function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, method, path, headers, agent: false, timeout: 5000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("no answer")));
    req.on("error", reject);
    req.end();
  });
}

describe("a year-long cache poisoned with one header", () => {
  test("x-middleware-prefetch never reaches Next, and /s/{id} is never public … immutable", async () => {
    const page = await send("GET", `/s/${ID}`, { "x-middleware-prefetch": "1" });
    expect(seen.get(`/s/${ID}`)?.["x-middleware-prefetch"]).toBeUndefined();
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe(SNAPSHOT_PAGE);
    expect(page.headers["cache-control"]).not.toMatch(/public|immutable/);
  });

  test("every internal header is stripped at the edge; the router's own are kept", async () => {
    await send("GET", "/probe", {
      "x-middleware-subrequest": "middleware:middleware:middleware",
      "x-middleware-prefetch": "1",
      "x-nextjs-data": "1",
      "x-invoke-path": "/admin",
      "next-action": "abc",
      "x-now-route-matches": "1",
      "next-router-state-tree": "%5B%5D",
    });
    const got = seen.get("/probe") ?? {};
    for (const name of [
      "x-middleware-subrequest",
      "x-middleware-prefetch",
      "x-nextjs-data",
      "x-invoke-path",
      "next-action",
      "x-now-route-matches",
    ])
      expect(got[name], name).toBeUndefined();
    expect(got["next-router-state-tree"]).toBe("%5B%5D");
  });

  test("immutable survives only on a 200 of PNG, JSON or CSV that the route marked so", async () => {
    expect((await send("GET", `/s/${ID}/opengraph-image-1a2b3c`)).headers["cache-control"]).toBe(
      IMMUTABLE,
    );
    // An RSC payload or an error page marked immutable by whoever: never cached.
    expect((await send("GET", `/s/${ID}/rsc`)).headers["cache-control"]).toBe("no-store");
    const missing = await send("GET", "/s/BBBBBBBBBBBBBBBBBBBBBBBBBBB");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBe("no-store");
  });
});

describe("no nonce in anything shared-cached", () => {
  test("the snapshot page, with or without a query, is private: no shared cache holds its nonce", async () => {
    for (const path of [`/s/${ID}`, `/s/${ID}?x=1`, `/s/${ID}?x=2`]) {
      const page = await send("GET", path);
      expect(page.body).toContain("nonce=");
      expect(page.headers["cache-control"]).toBe(SNAPSHOT_PAGE);
    }
  });

  test("the preview image refuses queries other than Next's content hash", async () => {
    const hashed = await send("GET", `/s/${ID}/opengraph-image-1a2b3c?0f1e2d3c4b5a6978`);
    expect(hashed.headers["cache-control"]).toBe(IMMUTABLE);
    for (const q of ["?x=1", "?x=2", "?", "?0f1e2d3c&x=1"]) {
      const poisoned = await send("GET", `/s/${ID}/opengraph-image-1a2b3c${q}`);
      expect(poisoned.status, q).toBe(400);
      expect(poisoned.headers["cache-control"]).toBe("no-store");
    }
  });
});

describe("request targets and methods Next should never see", () => {
  test("GET http://evil.example/api/health (absolute form) does not redirect to evil.example", async () => {
    const res = await send("GET", "http://evil.example/api/health");
    expect(res.status).toBe(400);
    expect(res.headers.location).toBeUndefined();
    expect(res.body).not.toContain("evil.example");
  });

  test("OPTIONS * is 400 and TRACE / is 405, with a JSON error and no stack trace", async () => {
    const star = await send("OPTIONS", "*");
    expect(star.status).toBe(400);
    expect(JSON.parse(star.body)).toMatchObject({ error: { code: "bad_request_target" } });
    const trace = await send("TRACE", "/");
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBeDefined();
    expect(trace.body).not.toMatch(/stack|at Next/);
  });
});

/** Resolves when the server closes the socket; rejects after `ms` (a bound, not a measurement). */
function closed(socket: Socket, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    socket.on("data", (c) => {
      data += c.toString();
    });
    const timer = setTimeout(() => reject(new Error("still open")), ms);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(data);
    });
    socket.on("error", () => {});
  });
}

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, "127.0.0.1", () => resolve(s));
    s.on("error", reject);
  });
}

describe("slowloris", () => {
  test("a connection that sends half a request is closed by the headers timeout", async () => {
    const socket = await open();
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    // Node's defaults (60 s for headers, checked every 30 s) would leave it open far longer.
    const answer = await closed(socket, 8000);
    expect(answer).toMatch(/^HTTP\/1\.1 408|^$/);
  }, 15_000);

  test("a connection that sends nothing is closed too", async () => {
    await expect(closed(await open(), 8000)).resolves.toBeDefined();
  }, 15_000);

  test("one client holds at most its share of connections; the next is closed at once", async () => {
    const held = await Promise.all(Array.from({ length: LIMITS.maxConnectionsPerClient }, open));
    const extra = await open();
    await expect(closed(extra, 3000)).resolves.toBe("");
    // The held ones still work.
    const first = held[0] as Socket;
    first.write("GET /probe HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    expect(await closed(first, 3000)).toMatch(/^HTTP\/1\.1 200/);
    for (const s of held) s.destroy();
  }, 15_000);
});
