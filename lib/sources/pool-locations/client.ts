import type { Resolver } from "../../ingest/context";

/** DNS is this source's only network use; a slow resolver must not stall the ingest. */
const DNS_TIMEOUT_MS = 5_000;

export async function resolveHost(resolve: Resolver, host: string): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`DNS lookup timed out after ${DNS_TIMEOUT_MS} ms`)),
      DNS_TIMEOUT_MS,
    );
  });
  try {
    const addresses = await Promise.race([resolve(host), timeout]);
    return addresses[0]?.address ?? null;
  } finally {
    clearTimeout(timer);
  }
}
