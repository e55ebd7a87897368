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

const coreNetworkSchema = z.enum([
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

/** `getblockhash height`. */
export const blockHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** `getblockheader hash` (verbose): `mediantime` only ever grows, so it can be searched by time. */
export const blockHeaderSchema = z.object({
  hash: blockHashSchema,
  height: z.number().int().nonnegative(),
  time: z.number().int().positive(),
  mediantime: z.number().int().positive(),
});

/** `getblock hash 1`: the header fields and the txids, the coinbase first. */
export const blockSchema = z.object({
  hash: blockHashSchema,
  height: z.number().int().nonnegative(),
  time: z.number().int().positive(),
  tx: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1),
});
export type RpcBlock = z.infer<typeof blockSchema>;

/** `getrawtransaction txid true blockhash` of a coinbase: its input script and payout outputs. */
export const coinbaseTxSchema = z.object({
  txid: z.string().regex(/^[0-9a-f]{64}$/),
  vin: z
    .array(z.object({ coinbase: z.string().regex(/^([0-9a-f]{2})*$/) }))
    .length(1, "a coinbase transaction has exactly one input"),
  vout: z.array(
    z.object({
      value: z.number().nonnegative(),
      // Core ≥ 22 writes one `address`; outputs without one (OP_RETURN commitments) have none.
      scriptPubKey: z.object({ address: z.string().optional(), type: z.string() }),
    }),
  ),
});
export type CoinbaseTx = z.infer<typeof coinbaseTxSchema>;
