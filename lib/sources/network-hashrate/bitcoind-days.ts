import { z } from "zod";
import type { BitcoindConfig } from "../../ingest/context";
import { callRpc } from "../bitcoind/client";

const chainInfoSchema = z.object({ blocks: z.number().int().nonnegative() });
const blockHashSchema = z.string().regex(/^[0-9a-f]{64}$/, "expected a block hash");
const headerSchema = z.object({ time: z.number().int().positive() });
/** Hashes per second; bitcoind answers 0 when it cannot tell (too few blocks). */
const hashesPerSecondSchema = z.number().nonnegative();

/** One complete UTC day's network hashrate from the operator's node. */
interface NodeDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** `getnetworkhashps` over the day's blocks, in EH/s. */
  ehs: number;
  /** Blocks whose header time lies in the day: what the value averages over. */
  blocks: number;
}

const DAY_SECONDS = 86_400;
/** The search's stride: two days of blocks at the ten-minute target. */
const STRIDE = 288;

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/**
 * Daily network hashrate from the operator's own bitcoind: for each complete UTC day in `days`,
 * the blocks whose header time falls in it (found by searching block times), then
 * `getnetworkhashps <blocks> <last height of the day>` — the node's own estimate from the work and
 * time of exactly those blocks. A day the chain has not finished (no block after it yet) is left
 * out, as is a day without blocks. Header times may step back a little; a boundary can be off by
 * a block or two, which moves a 144-block average by about 1 %.
 */
export async function fetchNodeDailyHashrate(
  config: BitcoindConfig,
  days: readonly string[],
): Promise<NodeDay[]> {
  if (days.length === 0) return [];
  const { blocks: tip } = await callRpc(config, "getblockchaininfo", [], chainInfoSchema);
  const times = new Map<number, number>();
  const timeAt = async (height: number): Promise<number> => {
    const known = times.get(height);
    if (known !== undefined) return known;
    const hash = await callRpc(config, "getblockhash", [height], blockHashSchema);
    const { time } = await callRpc(config, "getblockheader", [hash, true], headerSchema);
    times.set(height, time);
    return time;
  };
  const tipTime = await timeAt(tip);

  /** The first height whose header time is at or after `t`; tip + 1 when there is none yet. */
  const firstAtOrAfter = async (t: number): Promise<number> => {
    if (tipTime < t) return tip + 1;
    let lo = Math.max(0, tip - Math.ceil((tipTime - t) / 600) - STRIDE);
    while (lo > 0 && (await timeAt(lo)) >= t) lo = Math.max(0, lo - STRIDE);
    if ((await timeAt(lo)) >= t) return lo;
    let hi = Math.min(tip + 1, lo + STRIDE);
    while (hi <= tip && (await timeAt(hi)) < t) {
      lo = hi;
      hi = Math.min(tip + 1, hi + STRIDE);
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if ((await timeAt(mid)) < t) lo = mid;
      else hi = mid;
    }
    return hi;
  };

  const out: NodeDay[] = [];
  for (const day of [...new Set(days)].sort()) {
    const start = await firstAtOrAfter(dayStart(day));
    const end = await firstAtOrAfter(dayStart(day) + DAY_SECONDS);
    // No block after the day yet: the day is not complete on this chain.
    if (end > tip || end <= start) continue;
    const count = end - start;
    const perSecond = await callRpc(
      config,
      "getnetworkhashps",
      [count, end - 1],
      hashesPerSecondSchema,
    );
    if (perSecond > 0) out.push({ day, ehs: perSecond / 1e18, blocks: count });
  }
  return out;
}
