import { z } from "zod";
import { type SeedPoolHistoryFile, seedPoolHistoryFileSchema } from "../../lib/seed/schema";
import { poolHistorySource } from "../../lib/sources/pool-history";
import { compareText } from "./compare";
import { parseCsv, RAW } from "./raw";
import { seedSource } from "./sources";

/**
 * The raw `month,pool,blocks` table (mempool.space slugs) → the pool-history seed file, keyed by
 * the registry's slugs. Every raw slug must land somewhere on purpose: a registry pool by its
 * current name, an alias below, `unknown`, or a named pool outside the registry; anything else
 * fails the derivation, so a new upstream slug cannot slip in unmapped.
 */

const monthlyRowSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  pool: z.string().min(1),
  blocks: z.coerce.number().int().positive(),
});
const slugRowSchema = z.object({
  pool_slug: z.string().min(1),
  status: z.string(),
  mempool_current_name: z.string(),
});

const UNKNOWN = "unknown";

/** Raw slugs that are not a current registry name, each placed on purpose (PROVENANCE.md). */
const HISTORY_ALIASES: Record<string, { slug: string; why: string }> = {
  slushpool: {
    slug: "braiinspool",
    why: "SlushPool is Braiins Pool's former name in the registry; the history's source changed at 2024-11 and wrote the old slug from then on",
  },
  oceanxyz: { slug: "ocean", why: "OCEAN's former slug (ocean.xyz)" },
  "carbonnegative(unidentified)": {
    slug: UNKNOWN,
    why: "the upstream's own label for blocks it could not attribute (2024-11 … 2025-06, often the same count as `ocean`): counted as unknown, never as Carbon Negative",
  },
  bitfufu: {
    slug: "bitfufu",
    why: "BitFuFu's pool, not in the mempool registry: kept as a named pool under its own slug",
  },
};

const POOL_HISTORY_SOURCE = seedSource(
  poolHistorySource,
  [RAW.poolHistory, RAW.poolHistorySlugs],
  [
    ...poolHistorySource.notes,
    ...Object.entries(HISTORY_ALIASES).map(
      ([from, a]) => `Slug \`${from}\` → \`${a.slug}\`: ${a.why}.`,
    ),
    // The notices both licences ask to be kept with anything derived from the data.
    'Licence notice of sorukumar/bitcoin-mining-pools: BSD 2-Clause License Copyright (c) 2026, Saurabh Kumar Redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met: 1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer. 2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials provided with the distribution. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.',
    'Licence notice of jlopp/bitcoin-blocks-by-mining-pool: MIT License Copyright (c) 2024 Jameson Lopp Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
  ],
);

/** Raw slug → registry slug, from the mapping file and the registry's names. */
function slugMap(slugsCsv: string, registry: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of z.array(slugRowSchema).parse(parseCsv(slugsCsv))) {
    const alias = HISTORY_ALIASES[r.pool_slug];
    if (alias) out.set(r.pool_slug, alias.slug);
    else if (r.pool_slug === UNKNOWN) out.set(r.pool_slug, UNKNOWN);
    else if (r.status === "matches_current_mempool_name") {
      const slug = registry.get(r.mempool_current_name);
      if (!slug) throw new Error(`Pool "${r.mempool_current_name}" is not in the registry seed`);
      out.set(r.pool_slug, slug);
    }
  }
  return out;
}

export function derivePoolHistory(
  monthlyCsv: string,
  slugsCsv: string,
  registry: ReadonlyMap<string, string>,
): SeedPoolHistoryFile {
  const map = slugMap(slugsCsv, registry);
  const months = new Map<string, Map<string, number>>();
  for (const r of z.array(monthlyRowSchema).parse(parseCsv(monthlyCsv))) {
    const slug = map.get(r.pool);
    if (slug === undefined) throw new Error(`History slug "${r.pool}" has no mapping`);
    const month = months.get(r.month) ?? new Map<string, number>();
    month.set(slug, (month.get(slug) ?? 0) + r.blocks);
    months.set(r.month, month);
  }
  return seedPoolHistoryFileSchema.parse({
    kind: "pool-history",
    source: POOL_HISTORY_SOURCE,
    months: [...months]
      .sort(([a], [b]) => compareText(a, b))
      .map(([month, pools]) => ({
        month,
        blocks: [...pools.values()].reduce((a, n) => a + n, 0),
        rows: [...pools].sort(([a, x], [b, y]) => y - x || compareText(a, b)),
      })),
  });
}
