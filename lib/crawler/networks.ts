/**
 * The Bitcoin networks the crawler can walk. Magic bytes and ports are from Bitcoin Core's
 * `chainparams.cpp`; the DNS seeds are Core's lists (a seed answers with A/AAAA records of nodes
 * it has recently seen, which is where a walk with no known peers starts).
 */
export const NETWORK_NAMES = ["mainnet", "testnet", "testnet4", "signet", "regtest"] as const;
export type NetworkName = (typeof NETWORK_NAMES)[number];

interface NetworkParams {
  /** First four bytes of every frame; a frame with other magic is from another network. */
  magic: Buffer;
  /** Port nodes listen on by default; DNS seed answers carry no port, so this one is used. */
  defaultPort: number;
  dnsSeeds: readonly string[];
}

export const NETWORKS: Record<NetworkName, NetworkParams> = {
  mainnet: {
    magic: Buffer.from("f9beb4d9", "hex"),
    defaultPort: 8333,
    dnsSeeds: [
      "seed.bitcoin.sipa.be",
      "dnsseed.bluematt.me",
      "seed.bitcoin.jonasschnelli.ch",
      "seed.btc.petertodd.net",
      "seed.bitcoin.sprovoost.nl",
      "dnsseed.emzy.de",
      "seed.bitcoin.wiz.biz",
      "seed.mainnet.achownodes.xyz",
    ],
  },
  testnet: {
    magic: Buffer.from("0b110907", "hex"),
    defaultPort: 18333,
    dnsSeeds: [
      "testnet-seed.bitcoin.jonasschnelli.ch",
      "seed.tbtc.petertodd.net",
      "seed.testnet.bitcoin.sprovoost.nl",
      "testnet-seed.bluematt.me",
    ],
  },
  testnet4: {
    magic: Buffer.from("1c163f28", "hex"),
    defaultPort: 48333,
    dnsSeeds: ["seed.testnet4.bitcoin.sprovoost.nl", "seed.testnet4.wiz.biz"],
  },
  signet: {
    magic: Buffer.from("0a03cf40", "hex"),
    defaultPort: 38333,
    dnsSeeds: ["seed.signet.bitcoin.sprovoost.nl", "seed.signet.achownodes.xyz"],
  },
  // Regtest is a private chain: there is nothing to discover through DNS.
  regtest: { magic: Buffer.from("fabfb5da", "hex"), defaultPort: 18444, dnsSeeds: [] },
};

/** Protocol version we announce: 70016 is Bitcoin Core's current one (wtxidrelay, BIP 339). */
export const PROTOCOL_VERSION = 70016;
/** Bitcoin Core's MAX_PROTOCOL_MESSAGE_LENGTH: no legitimate message is larger. */
export const MAX_PAYLOAD_BYTES = 4_000_000;
/** Bitcoin Core's MAX_ADDR_TO_SEND: an addr/addrv2 message with more entries is a protocol breach. */
export const MAX_ADDR_ENTRIES = 1000;
/** Bitcoin Core's MAX_SUBVERSION_LENGTH for the user agent in `version`. */
export const MAX_USER_AGENT_BYTES = 256;
