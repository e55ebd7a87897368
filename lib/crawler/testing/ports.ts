import { createServer } from "node:net";

/** A loopback port nothing listens on (bound, then released), for "unreachable" peers. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

/** Short per-connection limits so tests about failures finish in well under a second each. */
export const FAST_TIMEOUTS = {
  connectMs: 1_000,
  handshakeMs: 1_000,
  idleMs: 400,
  addrWaitMs: 1_500,
  quietMs: 150,
};
