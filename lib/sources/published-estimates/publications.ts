import { coversMonth } from "../../core/coverage";
import { type Claim, placedAtPublication } from "../../evidence/claim";
import type { GroupResolver } from "../../geo/group-members";

/**
 * Which published claims make a reported month: a medium-confidence publication placed at one
 * month whose named countries add up to at least half of the hashrate (MinerMetrics' November
 * 2023 map names 56.9 %). Its group figures whose members are known exactly ("Africa",
 * "United States + China + Russia") come with it, to bound what it leaves open. Pure: the seed
 * derivation and `atlas import estimates` both use it.
 */

export interface Publication {
  publisher: string;
  product: string;
  month: string;
  /** The file gives no period: placed at its publication month, and every row says so. */
  atPublication: boolean;
  /** Σ of the named countries' shares. */
  named: number;
  countries: Claim[];
  aggregates: { claim: Claim; members: string[] }[];
}

const key = (c: Claim) => `${c.publisher}\u0000${c.product}\u0000${c.month}`;

export function reportedPublications(
  claims: readonly Claim[],
  groupMembers: GroupResolver,
): Publication[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.confidence !== "medium" || c.month === null || c.share === null) continue;
    groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  }
  const out: Publication[] = [];
  for (const rows of groups.values()) {
    const countries = rows.filter((r) => r.country !== null);
    const named = countries.reduce((s, r) => s + (r.share ?? 0), 0);
    const head = rows[0];
    // A publication makes a reported month only if it covers the month.
    if (!head?.month || !coversMonth(named)) continue;
    if (named > 1.001)
      throw new Error(`${head.publisher} ${head.month}: countries sum to over 100%`);
    const aggregates = rows
      .filter((r) => r.country === null)
      .map((claim) => ({ claim, members: groupMembers(claim.geoName) }))
      .filter((a): a is { claim: Claim; members: string[] } => a.members !== null);
    out.push({
      publisher: head.publisher,
      product: head.product,
      month: head.month,
      atPublication: placedAtPublication(head),
      named,
      countries,
      aggregates,
    });
  }
  return out;
}

/** "…; placed at its publication month (the source states no data date)" where that applies. */
export function placementNote(p: Pick<Publication, "atPublication">): string {
  return p.atPublication
    ? "the source states no data date: placed at its publication month"
    : "placed at the month the figure describes";
}
