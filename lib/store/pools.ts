import { chunks } from "./batch";
import type { Db } from "./schema";

export interface PoolInput {
  slug: string;
  name: string;
  link: string | null;
  tags: string[];
  addressCount: number;
}

/** Registry rows are keyed by slug: upstream numeric ids change between registry versions. */
export async function upsertPools(
  db: Db,
  sourceId: string,
  ingestId: string,
  pools: readonly PoolInput[],
): Promise<void> {
  for (const batch of chunks(pools)) {
    await db
      .insertInto("pools")
      .values(
        batch.map((p) => ({
          slug: p.slug,
          name: p.name,
          link: p.link,
          tags: JSON.stringify(p.tags),
          address_count: p.addressCount,
          source_id: sourceId,
          ingest_id: ingestId,
        })),
      )
      .onConflict((oc) =>
        oc.column("slug").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          link: eb.ref("excluded.link"),
          tags: eb.ref("excluded.tags"),
          address_count: eb.ref("excluded.address_count"),
          source_id: eb.ref("excluded.source_id"),
          ingest_id: eb.ref("excluded.ingest_id"),
        })),
      )
      .execute();
  }
}

export async function listPools(
  db: Db,
): Promise<{ slug: string; name: string; link: string | null }[]> {
  return db.selectFrom("pools").select(["slug", "name", "link"]).orderBy("name").execute();
}
