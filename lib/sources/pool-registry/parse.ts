import { SourceError } from "../../http/errors";
import type { PoolInput } from "../../store/pools";
import { mempoolSlug } from "../mempool/parse";
import { poolListSchema } from "./schema";

export const SOURCE_ID = "pool-registry";

/**
 * Registry entries → pools keyed by slug. Ids differ between registry versions, so a pool we
 * already know keeps its slug (matched by name, case-insensitively); a new one gets mempool's
 * slug rule.
 */
export function parsePoolList(
  payload: unknown,
  knownSlugs: ReadonlyMap<string, string>,
): PoolInput[] {
  const parsed = poolListSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceError(
      SOURCE_ID,
      "parse",
      `pool list: ${issue?.path.join(".")}: ${issue?.message}`,
    );
  }
  const bySlug = new Map<string, PoolInput>();
  for (const p of parsed.data) {
    const slug = knownSlugs.get(p.name.toLowerCase()) ?? mempoolSlug(p.name);
    if (slug === "" || bySlug.has(slug)) continue; // a name we cannot key uniquely is dropped, not guessed
    bySlug.set(slug, {
      slug,
      name: p.name,
      link: p.link === "" ? null : p.link,
      tags: p.tags,
      addressCount: p.addresses.length,
      addresses: p.addresses,
    });
  }
  return [...bySlug.values()];
}
