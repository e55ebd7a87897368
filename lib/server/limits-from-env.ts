import { env } from "../env";
import { isTrustedProxy } from "../http/client-address";
import type { ConnectionLimits } from "./connections";

/** The production server's connection limits, from ATLAS_* settings (lib/env.ts). */
export function connectionLimitsFromEnv(): ConnectionLimits {
  const e = env();
  return {
    headersTimeoutMs: e.ATLAS_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: e.ATLAS_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: 5_000,
    maxConnections: e.ATLAS_MAX_CONNECTIONS,
    maxConnectionsPerClient: e.ATLAS_MAX_CONNECTIONS_PER_CLIENT,
    isTrustedPeer: (address) => isTrustedProxy(address),
  };
}
