import { type ReplayServer, startReplayServer } from "../../http/testing";

/**
 * A loopback stand-in for bitcoind's JSON-RPC (no bitcoind binary is available to the tests): it
 * checks Basic auth as bitcoind does and answers in bitcoind's own shapes — the node methods from
 * recorded or constructed answers, the chain methods from a small chain of blocks. The network
 * boundary is the only thing replaced: the adapter's client, parse and store run for real.
 */

export interface FakeBlock {
  height: number;
  /** Header time, Unix seconds. */
  time: number;
  /** The coinbase input script, hex. */
  coinbase: string;
  /** Addresses the coinbase pays. */
  payouts: string[];
}

/**
 * Placeholder ids that carry the height, so the fake needs no index: a block hash is the height
 * in hex with leading zeros (as real block hashes have), a coinbase txid the same after "c0".
 */
const blockHash = (height: number) => height.toString(16).padStart(64, "0");
const coinbaseTxid = (height: number) => `c0${height.toString(16).padStart(62, "0")}`;

/**
 * Blocks `0 … tip`, ten minutes apart and ending at `tipTime`; `coinbase(height)` gives a block's
 * coinbase (default: BIP34's height push and no pool text — an unknown miner).
 */
export function fakeChain(
  tip: number,
  tipTime: number,
  coinbase: (height: number) => Partial<FakeBlock> = () => ({}),
): FakeBlock[] {
  return Array.from({ length: tip + 1 }, (_, height) => ({
    height,
    time: tipTime - (tip - height) * 600,
    coinbase: `03${height.toString(16).padStart(6, "0")}00`,
    payouts: [],
    ...coinbase(height),
  }));
}

const envelope = (id: string, result: unknown, error: { code: number; message: string } | null) =>
  JSON.stringify({ result: error ? null : result, error, id });

function chainAnswer(
  blocks: readonly FakeBlock[],
  chain: string,
  method: string,
  params: unknown[],
): string | undefined {
  const byHash = (hash: unknown) =>
    typeof hash === "string" && hash.startsWith("00")
      ? blocks[Number.parseInt(hash, 16)]
      : undefined;
  const tip = blocks.at(-1)?.height ?? 0;
  switch (method) {
    case "getblockchaininfo":
      return envelope(method, { chain, blocks: tip, headers: tip }, null);
    case "getblockhash": {
      const b = typeof params[0] === "number" ? blocks[params[0]] : undefined;
      return b
        ? envelope(method, blockHash(b.height), null)
        : envelope(method, null, { code: -8, message: "Block height out of range" });
    }
    case "getblockheader": {
      const b = byHash(params[0]);
      if (!b) return envelope(method, null, { code: -5, message: "Block not found" });
      // Median of the last eleven times; ten-minute spacing puts it five blocks back.
      return envelope(
        method,
        { hash: params[0], height: b.height, time: b.time, mediantime: b.time - 3000 },
        null,
      );
    }
    case "getblock": {
      const b = byHash(params[0]);
      if (!b) return envelope(method, null, { code: -5, message: "Block not found" });
      return envelope(
        method,
        {
          hash: params[0],
          height: b.height,
          time: b.time,
          nTx: 1,
          tx: [coinbaseTxid(b.height)],
        },
        null,
      );
    }
    case "getrawtransaction": {
      const b =
        typeof params[0] === "string" && params[0].startsWith("c0")
          ? blocks[Number.parseInt(params[0].slice(2), 16)]
          : undefined;
      if (!b || byHash(params[2]) !== b)
        return envelope(method, null, {
          code: -5,
          message: "No such transaction found in the provided block",
        });
      return envelope(
        method,
        {
          txid: params[0],
          vin: [{ coinbase: b.coinbase, sequence: 4294967295 }],
          vout: b.payouts.map((address, n) => ({
            value: 3.125,
            n,
            scriptPubKey: { address, type: "witness_v0_keyhash" },
          })),
        },
        null,
      );
    }
  }
  return undefined;
}

/**
 * The fake node. `answers` (by method) win over the chain, so a test can replay a recorded
 * answer; an unknown method gets bitcoind's "Method not found".
 */
export function fakeBitcoind(options: {
  cookie: string;
  answers?: Record<string, string>;
  /** The chain as it is now. */
  blocks?: () => readonly FakeBlock[];
  chain?: string;
  /** A recorded answer that depends on the call's parameters (undefined: not recorded). */
  answer?: (method: string, params: unknown[]) => string | undefined;
}): Promise<ReplayServer> {
  return startReplayServer({
    "/": (req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        if (
          req.headers.authorization !== `Basic ${Buffer.from(options.cookie).toString("base64")}`
        ) {
          res.writeHead(401);
          res.end();
          return;
        }
        const { method, params } = JSON.parse(body) as { method: string; params: unknown[] };
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          options.answers?.[method] ??
            options.answer?.(method, params) ??
            chainAnswer(options.blocks?.() ?? [], options.chain ?? "main", method, params) ??
            envelope(method, null, { code: -32601, message: "Method not found" }),
        );
      });
    },
  });
}
