import type { LookupAddress } from "node:dns";
import type { Db } from "../store/schema";
import type { IngestContext, Logger, Resolver } from "./context";

interface LogLine {
  level: "info" | "warn" | "error";
  msg: string;
  extra: Record<string, unknown>;
}

/** A logger that keeps its lines, so tests can assert "a clear log line" was written. */
function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine["level"]) =>
    (msg: string, extra: Record<string, unknown> = {}) => {
      lines.push({ level, msg, extra });
    };
  return { lines, info: at("info"), warn: at("warn"), error: at("error"), progress: () => {} };
}

/** A resolver answering from a table; a missing host fails like a real NXDOMAIN. */
export function tableResolver(table: Record<string, string>): Resolver {
  return async (host) => {
    const address = table[host];
    if (address === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    }
    return [{ address, family: address.includes(":") ? 6 : 4 } satisfies LookupAddress];
  };
}

/** An ingest context aimed at a loopback server, with no real waiting between retries. */
export function testContext(
  db: Db,
  baseUrl: string,
  overrides: Partial<IngestContext> = {},
): IngestContext & { log: ReturnType<typeof recordingLogger> } {
  return {
    db,
    now: () => new Date("2026-11-25T12:00:00.000Z"),
    offline: false,
    urls: {
      bitnodes: baseUrl,
      mempool: baseUrl,
      "pool-registry": `${baseUrl}/bitcoin-data/pool-list.json`,
    },
    fetch: { retries: 1, backoffMs: 1, timeoutMs: 1_000, sleep: async () => {} },
    bitnodesDailyBudget: 40,
    geo: null,
    resolve: tableResolver({}),
    poolLocationsFile: "data/pool-locations.csv",
    bitcoind: null,
    ...overrides,
    log: recordingLogger(),
  };
}
