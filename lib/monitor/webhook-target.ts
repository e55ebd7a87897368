import { lookup as dnsLookup } from "node:dns/promises";
import { isNonPublicAddress } from "../net/non-public";

type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Why a webhook URL is refused, or null when it may be used. Without a resolver (offline) a host
 * name is not looked up here; every delivery checks the addresses it connects to anyway.
 */
export async function checkWebhookTarget(
  raw: string,
  opts: { allowPrivate: boolean; resolve: Resolver | null },
): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return "only http and https URLs are allowed";
  if (url.username || url.password)
    return "credentials in the URL are not allowed; use the signing secret";
  if (opts.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = /^[\d.]+$|:/.test(host);
  if (!literal && !opts.resolve) return null;
  let addresses: string[];
  try {
    addresses = literal || !opts.resolve ? [host] : await opts.resolve(host);
  } catch {
    return `cannot resolve ${host}`;
  }
  if (addresses.length === 0) return `cannot resolve ${host}`;
  const bad = addresses.find(isNonPublicAddress);
  return bad ? `${host} resolves to ${bad}, a private, loopback or link-local address` : null;
}
