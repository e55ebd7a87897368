import { createServer, type Server } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER } from "../api/client";
import { redactSecrets } from "../http/redact";
import { applyCachePolicy } from "./cache-control";
import { serveFastApi } from "./fast-api";

export interface ServeOptions {
  port: number;
  hostname?: string;
  /** Project root holding the production build (.next). */
  dir?: string;
}

/**
 * The production server: Next.js for pages, assets and writes, with the public read API answered
 * first by its own route handlers (fast-api.ts). Resolves once it listens.
 */
export async function serve({
  port,
  hostname,
  dir = process.cwd(),
}: ServeOptions): Promise<Server> {
  const app = next({ dev: false, dir, port, ...(hostname ? { hostname } : {}) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    // Route handlers cannot see the socket; per-client limits need its address. A value the
    // client sent itself is replaced, never trusted.
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
    applyCachePolicy(req, res);
    serveFastApi(req, res)
      .then((served) => (served ? undefined : handle(req, res)))
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
        res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong." } }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  return server;
}
