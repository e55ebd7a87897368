/**
 * mempool.space's bucket for blocks no registry entry matches, and ours for blocks no registry
 * rule attributes: many miners, not one pool.
 */
export const UNKNOWN_POOL = "unknown";

/**
 * Which pool mined a block, by the pool registry's rules (mempool/mining-pools, as mempool.space
 * applies them): a payout address of the coinbase transaction that the registry lists for a pool,
 * else a coinbase tag — the registry's tag patterns, case-insensitive, searched in the coinbase
 * input read as text. No match is `unknown`, never a guess. Pure: the node reads the block, the
 * store keeps the result.
 */

interface AttributionPool {
  slug: string;
  /** Coinbase-tag patterns (regular expressions in the registry's format). */
  tags: readonly string[];
  addresses: readonly string[];
}

export interface Attribution {
  slug: string;
  matchedBy: "address" | "tag" | "none";
}

/** The coinbase input's bytes as text, one character per byte (as mempool.space reads it). */
export function coinbaseText(hex: string): string {
  let text = "";
  for (let i = 0; i + 1 < hex.length; i += 2)
    text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  return text;
}

/** A registry pattern as a case-insensitive regex; one that does not compile is matched literally. */
function tagPattern(tag: string): RegExp {
  try {
    return new RegExp(tag, "i");
  } catch {
    return new RegExp(tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
  }
}

/** Compiled once per registry: the worker attributes thousands of blocks against it. */
export function attributor(
  pools: readonly AttributionPool[],
): (coinbaseHex: string, payoutAddresses: readonly string[]) => Attribution {
  // Registry order decides between overlapping rules; sorted by slug so the result is stable.
  const ordered = [...pools].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const byAddress = new Map<string, string>();
  for (const p of ordered)
    for (const a of p.addresses) if (!byAddress.has(a)) byAddress.set(a, p.slug);
  const tags = ordered.flatMap((p) => p.tags.map((t) => ({ slug: p.slug, re: tagPattern(t) })));
  return (coinbaseHex, payoutAddresses) => {
    for (const address of payoutAddresses) {
      const slug = byAddress.get(address);
      if (slug) return { slug, matchedBy: "address" };
    }
    const text = coinbaseText(coinbaseHex);
    const hit = tags.find((t) => t.re.test(text));
    return hit ? { slug: hit.slug, matchedBy: "tag" } : { slug: UNKNOWN_POOL, matchedBy: "none" };
  };
}
