import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import type { PeerAddress } from "./address";

/** Turns a host name into IP addresses; injectable so tests never touch real DNS. */
export type Resolver = (hostname: string) => Promise<string[]>;

/** A and AAAA records together; a seed that has only one family is normal, so each may fail. */
export const systemResolver: Resolver = async (hostname) => {
  const [v4, v6] = await Promise.allSettled([dns.resolve4(hostname), dns.resolve6(hostname)]);
  const found = [v4, v6].flatMap((r) => (r.status === "fulfilled" ? r.value : []));
  if (found.length === 0) throw new Error(`no A/AAAA records for ${hostname}`);
  return found;
};

export interface HostPort {
  host: string;
  port: number;
}

/**
 * "1.2.3.4:8333", "[2001:db8::1]:8333", "node.example:8333", or a bare host (default port).
 * Returns null for text that is none of these, so CLI validation can report it.
 */
export function parseHostPort(text: string, defaultPort: number): HostPort | null {
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed?.[1]) return withPort(bracketed[1], bracketed[2], defaultPort);
  if (isIP(text) === 6) return { host: text, port: defaultPort };
  const plain = /^([A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(text);
  if (plain?.[1]) return withPort(plain[1], plain[2], defaultPort);
  return null;
}

function withPort(host: string, port: string | undefined, fallback: number): HostPort | null {
  const n = port === undefined ? fallback : Number(port);
  return n > 0 && n <= 0xffff ? { host, port: n } : null;
}

function ipAddress(host: string, port: number): PeerAddress {
  return { network: isIP(host) === 4 ? "ipv4" : "ipv6", host, port };
}

/** A starting address, and whether the operator typed it as an IP (rather than DNS answering it). */
export interface StartAddress {
  address: PeerAddress;
  literal: boolean;
}

/**
 * Resolves each name (IP literals pass through); a name that fails to resolve is reported, not
 * fatal. DNS answers are marked as such: a seed's answer is gossip, and is filtered like gossip.
 */
export async function resolveTargets(
  targets: readonly HostPort[],
  resolve: Resolver,
  signal: AbortSignal,
): Promise<{ addresses: StartAddress[]; failed: string[] }> {
  const settled = await Promise.allSettled(
    targets.map(async (t) =>
      isIP(t.host)
        ? [t.host]
        : (await untilAborted(resolve(t.host), signal)).filter((ip) => isIP(ip) !== 0),
    ),
  );
  const addresses: StartAddress[] = [];
  const failed: string[] = [];
  settled.forEach((r, i) => {
    const t = targets[i] as HostPort;
    if (r.status === "rejected") failed.push(t.host);
    else {
      const literal = isIP(t.host) !== 0;
      for (const ip of r.value) addresses.push({ address: ipAddress(ip, t.port), literal });
    }
  });
  return { addresses, failed };
}

/** A slow DNS server must not outlive the crawl's deadline. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error("deadline passed"));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error("deadline passed"));
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
