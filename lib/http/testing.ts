import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback HTTP server for tests: it replays recorded upstream responses (or faults) by path.
 * Only the network boundary is faked; the code under test does real HTTP.
 */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface ReplayServer {
  url: string;
  /** Every request path received, in order (to check request budgets and retries). */
  requests: string[];
  /** Replace or add a route while the server runs. */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startReplayServer(routes: Record<string, Route> = {}): Promise<ReplayServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push(req.url ?? "/");
    const handler = table.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"detail":"Not found."}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering with a JSON body (bytes as given, so truncated JSON can be replayed). */
export function json(
  body: string | Buffer,
  status = 200,
  headers: Record<string, string> = {},
): Route {
  return (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(body);
  };
}

/** Faults seen from real upstreams, reproduced on the wire. */
export const faults = {
  status: (status: number, body = "", headers: Record<string, string> = {}): Route =>
    json(body, status, headers),
  html503: (): Route => (_req, res) => {
    res.writeHead(503, { "content-type": "text/html" });
    res.end(
      "<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>",
    );
  },
  reset: (): Route => (req) => req.socket.destroy(),
  /** Headers sent, then silence: only a client timeout ends it. */
  hang: (): Route => (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write("{");
  },
  /** A body of `bytes` length streamed without a Content-Length (so only streaming counting catches it). */
  huge:
    (bytes: number): Route =>
    (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => {
        sent = bytes;
      });
      pump();
    },
};
