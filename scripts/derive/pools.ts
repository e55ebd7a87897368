import { z } from "zod";
import { type SeedPoolsFile, seedPoolsFileSchema } from "../../lib/seed/schema";
import { compareText } from "./compare";
import { POOL_REGISTRY_SOURCE } from "./sources";

/**
 * mempool/mining-pools `pools-v2.json` (+ the legacy `pools.json` for its `slugs` map) → the
 * pool-registry seed file, keyed by the slug mempool.space uses in `/mining/pool/<slug>`.
 */

const poolV2Schema = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  addresses: z.array(z.string()),
  tags: z.array(z.string()),
  link: z.string(),
});
const poolsV2Schema = z.array(poolV2Schema).min(1);
const poolsV1Schema = z.object({ slugs: z.record(z.string(), z.string()) });

const SLUG_PATTERN = /^[a-z0-9-]+$/;

/**
 * Upstream slugs we cannot use as keys, each replaced on purpose. A correction whose upstream
 * slug no longer matches fails the derivation, so a stale entry cannot linger.
 */
const SLUG_CORRECTIONS: Record<string, { upstream: string; slug: string; why: string }> = {
  "EXX&BW": {
    upstream: "exx&bw",
    slug: "exx-bw",
    why: 'upstream slug "exx&bw" contains "&", outside the URL-safe [a-z0-9-] keys the seed uses',
  },
  BitcoinIndia: {
    upstream: "bitcoinindia",
    slug: "bitcoinindia-135",
    why: 'upstream maps both "Bitcoin India" (id 81, coinbase tag) and "BitcoinIndia" (id 135, payout address) to "bitcoinindia"; the second gets its registry id appended so each pool keeps its own key',
  },
};

/** mempool.space's fallback for pools without a legacy slug: keep only [a-z0-9], lower-cased. */
export function mempoolSlug(name: string): string {
  return name.replace(/[^a-z0-9]/gi, "").toLowerCase();
}

export function slugFor(name: string, legacySlugs: Readonly<Record<string, string>>): string {
  const upstream = legacySlugs[name] ?? mempoolSlug(name);
  const correction = SLUG_CORRECTIONS[name];
  if (correction !== undefined) {
    if (correction.upstream !== upstream) {
      throw new Error(
        `Pool "${name}": slug correction expects upstream "${correction.upstream}", found "${upstream}"`,
      );
    }
    return correction.slug;
  }
  if (!SLUG_PATTERN.test(upstream)) {
    throw new Error(`Pool "${name}": slug "${upstream}" is not [a-z0-9-]; add a SLUG_CORRECTION`);
  }
  return upstream;
}

export function derivePools(v2Payload: unknown, v1Payload: unknown): SeedPoolsFile {
  const pools = poolsV2Schema.parse(v2Payload);
  const { slugs } = poolsV1Schema.parse(v1Payload);
  const bySlug = new Map<string, string>();
  const seed = pools.map((pool) => {
    const slug = slugFor(pool.name, slugs);
    const clash = bySlug.get(slug);
    if (clash !== undefined) {
      throw new Error(`Pools "${clash}" and "${pool.name}" both get slug "${slug}"`);
    }
    bySlug.set(slug, pool.name);
    return {
      slug,
      name: pool.name,
      link: pool.link === "" ? null : pool.link,
      tags: pool.tags,
      addressCount: pool.addresses.length,
      addresses: pool.addresses,
    };
  });
  for (const name of Object.keys(SLUG_CORRECTIONS)) {
    if (!bySlug.has(SLUG_CORRECTIONS[name]?.slug ?? "")) {
      throw new Error(`Slug correction for "${name}" matches no pool in the registry`);
    }
  }
  seed.sort((a, b) => compareText(a.slug, b.slug));
  const notes = Object.entries(SLUG_CORRECTIONS).map(
    ([name, c]) => `Slug correction for "${name}": ${c.slug} instead of ${c.upstream} — ${c.why}.`,
  );
  return seedPoolsFileSchema.parse({
    kind: "pool-registry",
    source: { ...POOL_REGISTRY_SOURCE, notes: [...POOL_REGISTRY_SOURCE.notes, ...notes] },
    pools: seed,
  });
}
