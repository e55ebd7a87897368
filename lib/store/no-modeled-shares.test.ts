import { type Kysely, Migrator } from "kysely";
import { describe, expect, inject, test } from "vitest";
import { migrateToLatest } from "./db";
import { migrationProvider } from "./migrations";
import { createTestStore, STORE_DIALECTS } from "./testing";

const AT = "2025-06-10T00:00:00.000Z";

describe.each(STORE_DIALECTS)("migration 0010 on %s", (dialect) => {
  test("removes the pool model's share rows, its alerts, ingests and source, and nothing else", async () => {
    const testStore = await createTestStore(dialect, inject("pgUrl"));
    const store = await testStore.open();
    try {
      const migrator = new Migrator({ db: store.db, provider: migrationProvider });
      expect((await migrator.migrateTo("0009_pool_shares_by_period")).error).toBeUndefined();
      // biome-ignore lint/suspicious/noExplicitAny: rows as the schema held them before 0010
      const db = store.db as unknown as Kysely<any>;
      const source = (id: string) => ({
        id,
        name: id,
        publisher: id,
        url: "https://example.org",
        licence: "test",
        attribution: id,
        notes: "[]",
        kind: "archive",
      });
      await db
        .insertInto("sources")
        .values([source("model-pools"), source("cbeci")])
        .execute();
      const ingest = (id: string, sourceId: string) => ({
        id,
        source_id: sourceId,
        fetched_at: AT,
        upstream_url: "test:",
        content_sha256: id.padEnd(64, "0"),
        record_count: 1,
      });
      await store.db
        .insertInto("ingests")
        .values([ingest("m1", "model-pools"), ingest("c1", "cbeci")])
        .execute();
      const share = (sourceId: string, method: string, ingestId: string) => ({
        source_id: sourceId,
        month: "2025-04",
        label: "United States",
        country: "US",
        share: 0.0086,
        method,
        basis: "test",
        ingest_id: ingestId,
      });
      await db
        .insertInto("country_shares")
        .values([share("model-pools", "modeled", "m1"), share("cbeci", "measured", "c1")])
        .execute();
      const alert = (id: string, source: string) => ({
        id,
        rule_id: "country-10pp",
        kind: "country_share_change",
        subject: "US",
        period: "2025-03..2025-04",
        title: "t",
        summary: "s",
        evidence: JSON.stringify({ country: "US", source }),
        created_at: AT,
      });
      await store.db
        .insertInto("alerts")
        .values([alert("a1", "model-pools"), alert("a2", "cbeci")])
        .execute();

      expect(await migrateToLatest(store.db)).toContain("0010_no_modeled_shares");

      const ids = async (table: "sources" | "ingests" | "alerts") =>
        (await store.db.selectFrom(table).select("id").orderBy("id").execute()).map((r) => r.id);
      expect(await ids("sources")).toEqual(["cbeci"]);
      expect(await ids("ingests")).toEqual(["c1"]);
      expect(await ids("alerts")).toEqual(["a2"]);
      const shares = await store.db
        .selectFrom("country_shares")
        .select(["source_id", "method"])
        .execute();
      expect(shares).toEqual([{ source_id: "cbeci", method: "measured" }]);
    } finally {
      await store.close();
      await testStore.destroy();
    }
  });
});
