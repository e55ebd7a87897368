import { describe, expect, test } from "vitest";
import type { Db } from "../store/schema";
import type { SourceRecord } from "../store/sources";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { type Arrival, type RecordBatch, writeBatch } from "./write";

const SOURCE: SourceRecord = {
  id: "regulator",
  name: "Regulators",
  publisher: "test",
  url: "https://example.org",
  licence: "test",
  attribution: "test",
  notes: [],
  kind: "archive",
  staleAfterHours: null,
};

/** One version of a regulators' file: a single figure dated `asOf`. */
function version(sha256: string, asOf: string): RecordBatch {
  return {
    kind: "regulator-figures",
    source: SOURCE,
    records: [
      {
        line: 2,
        country: "ET",
        authority: "EEP",
        period: asOf,
        metric: "energy sold to miners",
        value: "1",
        number: 1,
        unit: "TWh",
        basis: "official",
        source_url: "https://example.org/eep",
        source_date: null,
        note: "",
        as_of: asOf,
        period_start: null,
        period_end: null,
        estimation_role: "context",
      },
    ],
    sha256,
    upstreamUrl: "file:test.csv",
    fetchedAt: "2026-01-01T00:00:00.000Z",
  };
}

async function state(db: Db) {
  const source = await db
    .selectFrom("sources")
    .select(["last_success_at", "data_as_of"])
    .where("id", "=", SOURCE.id)
    .executeTakeFirst();
  const rows = await db.selectFrom("regulator_figures").select("ingest_id").execute();
  const ingests = await db.selectFrom("ingests").select("id").execute();
  return { source, rows: rows.map((r) => r.ingest_id), ingests: ingests.length };
}

const write = (db: Db, batch: RecordBatch, arrival: Arrival, now: string) =>
  db.transaction().execute((trx) => writeBatch(trx, batch, arrival, now));

describe.each(STORE_DIALECTS)("the one writer on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("stores a new batch: ingest row, records, success reaching its newest month", async () => {
    const { db } = current();
    const written = await write(
      db,
      version("a".repeat(64), "2025-03"),
      "import",
      "2026-02-01T00:00:00.000Z",
    );
    expect(written).toMatchObject({ alreadyStored: false, written: true, records: 1 });
    expect(await state(db)).toEqual({
      source: {
        last_success_at: "2026-02-01T00:00:00.000Z",
        data_as_of: "2025-04-01T00:00:00.000Z",
      },
      rows: [written.ingestId],
      ingests: 1,
    });
  });

  test("the same file imported again writes nothing, not even a success", async () => {
    const { db } = current();
    await write(db, version("a".repeat(64), "2025-03"), "import", "2026-02-01T00:00:00.000Z");
    const again = await write(
      db,
      version("a".repeat(64), "2025-03"),
      "import",
      "2026-03-01T00:00:00.000Z",
    );
    expect(again).toMatchObject({ alreadyStored: true, written: false, records: 0 });
    expect((await state(db)).source?.last_success_at).toBe("2026-02-01T00:00:00.000Z");
  });

  test("a live fetch of what is stored is still a success, recorded", async () => {
    const { db } = current();
    await write(db, version("a".repeat(64), "2025-03"), "live", "2026-02-01T00:00:00.000Z");
    const again = await write(
      db,
      version("a".repeat(64), "2025-03"),
      "live",
      "2026-03-01T00:00:00.000Z",
    );
    expect(again.written).toBe(false);
    expect((await state(db)).source?.last_success_at).toBe("2026-03-01T00:00:00.000Z");
  });

  test("a replaced version comes back (A → B → A) from an import, but never from the seed", async () => {
    const { db } = current();
    const a = version("a".repeat(64), "2025-03");
    const b = version("b".repeat(64), "2025-05");
    const first = await write(db, a, "seed", "2026-01-01T00:00:00.000Z");
    const second = await write(db, b, "import", "2026-01-02T00:00:00.000Z");
    // The seed imported A once: starting again must not undo the operator's newer file.
    expect(await write(db, a, "seed", "2026-01-03T00:00:00.000Z")).toMatchObject({
      alreadyStored: true,
      written: false,
    });
    expect((await state(db)).rows).toEqual([second.ingestId]);
    // An operator importing A again means it: A is what the store holds now.
    expect((await write(db, a, "import", "2026-01-04T00:00:00.000Z")).written).toBe(true);
    const now = await state(db);
    expect(now.rows).toEqual([first.ingestId]);
    // Data age only moves forward: A's older month does not make the source look older.
    expect(now.source?.data_as_of).toBe("2025-06-01T00:00:00.000Z");
  });
});
