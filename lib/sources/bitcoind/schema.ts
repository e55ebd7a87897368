import { z } from "zod";

/**
 * Bitcoin Core JSON-RPC answers we read (Core ≥ 22; field names from the RPC help of
 * `getnodeaddresses`, `getpeerinfo`, `getblockchaininfo`). Unknown fields are ignored.
 */
export const rpcEnvelopeSchema = z.object({
  result: z.unknown(),
  error: z.object({ code: z.number(), message: z.string() }).nullable(),
  id: z.union([z.string(), z.number()]).nullable(),
});

export const coreNetworkSchema = z.enum([
  "ipv4",
  "ipv6",
  "onion",
  "i2p",
  "cjdns",
  "not_publicly_routable",
  "internal",
]);

export const nodeAddressesSchema = z.array(
  z.object({
    time: z.number().int(),
    services: z.number().int().nonnegative(),
    address: z.string().min(1),
    port: z.number().int().min(0).max(65535),
    network: coreNetworkSchema,
  }),
);
export type NodeAddress = z.infer<typeof nodeAddressesSchema>[number];

export const peerInfoSchema = z.array(
  z.object({
    addr: z.string().min(1),
    network: coreNetworkSchema,
    version: z.number().int(),
    subver: z.string(),
    startingheight: z.number().int(),
    inbound: z.boolean(),
  }),
);
export type PeerInfo = z.infer<typeof peerInfoSchema>[number];

export const blockchainInfoSchema = z.object({
  blocks: z.number().int().nonnegative(),
  chain: z.string(),
});
