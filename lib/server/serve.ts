import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { redactSecrets } from "../http/redact";
import { applyCachePolicy } from "./cache-control";
import { applyConnectionLimits, type ConnectionLimits, checkingIntervalMs } from "./connections";
import { refuseUnservable, stripInternalHeaders } from "./edge";
import { serveFastApi } from "./fast-api";
import { connectionLimitsFromEnv } from "./limits-from-env";

interface ServeOptions {
  port: number;
  hostname?: string;
  /** Project root holding the production build (.next). */
  dir?: string;
  /** Timeouts and connection caps; default from the environment (limits-from-env.ts). */
  limits?: ConnectionLimits;
}

/** What answers whatever the edge and the fast path leave: Next.js's request handler. */
export type Fallback = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * The production server: Next.js for pages, assets and writes, with the public read API answered
 * first by its own route handlers (fast-api.ts). Resolves once it listens.
 */
export async function serve({
  port,
  hostname,
  dir = process.cwd(),
  limits = connectionLimitsFromEnv(),
}: ServeOptions): Promise<Server> {
  const app = next({ dev: false, dir, port, ...(hostname ? { hostname } : {}) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createAtlasServer((req, res) => handle(req, res), limits);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  return server;
}

/**
 * The server around the framework, in the order a request meets it: connection limits and
 * timeouts (connections.ts), internal headers stripped and unservable requests refused
 * (edge.ts), the client's address recorded, the cache policy (cache-control.ts), then the fast
 * read API, then `fallback` (Next.js). Tests run this with a stand-in fallback.
 */
export function createAtlasServer(fallback: Fallback, limits: ConnectionLimits): Server {
  const server = createServer(
    { connectionsCheckingInterval: checkingIntervalMs(limits) },
    (req, res) => {
      stripInternalHeaders(req);
      if (refuseUnservable(req, res)) return;
      // Route handlers cannot see the socket; per-client limits need its address. A value the
      // client sent itself is replaced, never trusted.
      req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
      applyCachePolicy(req, res);
      serveFastApi(req, res)
        .then((served) => (served ? undefined : fallback(req, res)))
        .catch((error: unknown) => {
          console.error(
            JSON.stringify({
              level: "error",
              msg: "request failed",
              error: redactSecrets(String(error)),
            }),
          );
          // Half an answer already sent cannot be turned into an error: cut the connection.
          if (res.headersSent) {
            res.destroy();
            return;
          }
          res.writeHead(500, { "content-type": "application/json", "cache-control": "no-store" });
          res.end(
            JSON.stringify({ error: { code: "internal", message: "Something went wrong." } }),
          );
        });
    },
  );
  applyConnectionLimits(server, limits);
  return server;
}
