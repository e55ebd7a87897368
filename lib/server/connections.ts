import type { Server } from "node:http";
import type { Socket } from "node:net";
import { addressBucket } from "../net/proxy-trust";

/**
 * Limits that keep one client, or a slowloris, from holding the server's sockets. Node's defaults
 * wait 60 s for headers and 300 s for a request, checked every 30 s, with no cap on connections:
 * 20,000 half-sent requests used up the file limit. These are the last line; production puts a
 * reverse proxy with its own limits in front (README).
 */
export interface ConnectionLimits {
  /** A request's headers must arrive within this long (ms), from the connection's start. */
  headersTimeoutMs: number;
  /** A whole request (headers and body) must arrive within this long (ms). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long (ms). */
  keepAliveTimeoutMs: number;
  /** Open connections in total; the next one is closed at once. */
  maxConnections: number;
  /** Open connections from one client (IPv4 address, IPv6 /64); the next one is closed at once. */
  maxConnectionsPerClient: number;
  /** Peers exempt from the per-client cap (a trusted reverse proxy carries many clients). */
  isTrustedPeer?: (address: string) => boolean;
}

/**
 * How often Node checks the two timeouts (its `connectionsCheckingInterval`, default 30 s): a
 * timeout is enforced at most this late. Passed to createServer, which is the only place it is read.
 */
export function checkingIntervalMs(limits: ConnectionLimits): number {
  return Math.max(100, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4)));
}

/** Applies the limits to a server created with `checkingIntervalMs` as its checking interval. */
export function applyConnectionLimits(server: Server, limits: ConnectionLimits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  // Node requires requestTimeout ≥ headersTimeout (or 0, which we never want).
  server.requestTimeout = Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs);
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  const open = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "unknown";
    if (limits.isTrustedPeer?.(address)) return;
    const key = addressBucket(address);
    const count = (open.get(key) ?? 0) + 1;
    if (count > limits.maxConnectionsPerClient) {
      socket.destroy();
      return;
    }
    open.set(key, count);
    socket.once("close", () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left <= 0) open.delete(key);
      else open.set(key, left);
    });
  });
}
