import { describe, expect, test } from "vitest";
import { importSeed } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { MODEL_SOURCE, updateModel } from "./model-store";

const AT = "2025-04-03T00:00:00.000Z";

describe.each(STORE_DIALECTS)("model output on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("output that changes and changes back (A → B → A) is written again, ending in A", async () => {
    const { db } = current();
    await importSeed(db, await loadSeedBundle("data/seed"));
    const model = () =>
      db
        .selectFrom("country_shares")
        .select(["month", "label", "share", "ingest_id"])
        .where("source_id", "=", MODEL_SOURCE.id)
        .orderBy("month")
        .orderBy("label")
        .execute();
    await updateModel(db, AT);
    const a = await model();
    expect(a.length).toBeGreaterThan(0);
    expect(await updateModel(db, AT)).toMatchObject({ changed: false });

    const servers = await db.selectFrom("pool_servers").selectAll().execute();
    expect(servers.some((s) => s.country !== null)).toBe(true);
    await db.updateTable("pool_servers").set({ country: null, located_by: "unresolved" }).execute();
    expect(await updateModel(db, AT)).toMatchObject({ changed: true });
    expect(await model()).not.toEqual(a);

    await db.deleteFrom("pool_servers").execute();
    await db.insertInto("pool_servers").values(servers).execute();
    expect(await updateModel(db, AT)).toMatchObject({ changed: true });
    expect(await model()).toEqual(a);
    expect(await updateModel(db, AT)).toMatchObject({ changed: false });
  });
});
