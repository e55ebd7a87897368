import type { Attribution } from "../../evidence/block-attribution";
import type { GeoLocator } from "../../geo/geoip";
import type { AttributedBlock } from "../../store/attributed-blocks";
import type { NodeSnapshotInput } from "../../store/nodes";
import { LOCATION_PRECISION, tallyNodes } from "../bitnodes/parse";
import type { NodeRow } from "../bitnodes/schema";
import { SOURCE_ID } from "./client";
import type { CoinbaseTx, NodeAddress, PeerInfo, RpcBlock } from "./schema";

/** `ip:port` as Bitnodes writes it (IPv6 bracketed), so one tally serves both sources. */
function key(address: string, port: number): string {
  return address.includes(":") && !address.startsWith("[")
    ? `[${address}]:${port}`
    : `${address}:${port}`;
}

/** Core's onion/i2p names already carry their suffix; keep the address as the network's key. */
function peerKey(peer: PeerInfo): string {
  return peer.addr;
}

/**
 * The network as the operator's node sees it: the addresses it knows (`getnodeaddresses 0`) plus
 * its connected peers (`getpeerinfo`), each counted once, geolocated locally; onion, I2P and
 * CJDNS addresses are unlocated by network. Rows carry no coordinates, so every clearnet address
 * goes through GeoIP.
 */
export function toSnapshot(
  addresses: readonly NodeAddress[],
  peers: readonly PeerInfo[],
  height: number | null,
  takenAt: string,
  geo: GeoLocator | null,
): NodeSnapshotInput {
  const rows = new Map<string, NodeRow>();
  for (const a of addresses) rows.set(key(a.address, a.port), [0, "", a.time, a.services, 0]);
  for (const p of peers) rows.set(peerKey(p), [p.version, p.subver, 0, 0, p.startingheight]);
  const tally = tallyNodes(rows.entries(), geo);
  return {
    sourceId: SOURCE_ID,
    takenAt,
    total: rows.size,
    latestHeight: height,
    locationPrecision: LOCATION_PRECISION,
    unlocated: tally.unlocated,
    countries: [...tally.countries.entries()].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    ),
    locations: [...tally.locations.values()],
  };
}

/**
 * A block and its coinbase as the node gave them → the block with its pool: the payout
 * addresses are the coinbase outputs that pay an address (not OP_RETURN commitments).
 */
export function toAttributedBlock(
  block: RpcBlock,
  coinbase: CoinbaseTx,
  attribute: (coinbaseHex: string, payoutAddresses: readonly string[]) => Attribution,
): AttributedBlock {
  const input = coinbase.vin[0]?.coinbase ?? "";
  const payouts = coinbase.vout.flatMap((o) =>
    o.scriptPubKey.address !== undefined && o.value > 0 ? [o.scriptPubKey.address] : [],
  );
  const { slug, matchedBy } = attribute(input, payouts);
  return {
    height: block.height,
    hash: block.hash,
    time: new Date(block.time * 1000).toISOString(),
    slug,
    matchedBy,
  };
}
