import { describe, expect, test } from "vitest";
import { bitcoindSource } from "../sources/bitcoind";
import {
  type AttributedBlock,
  rebuildMonthWindow,
  upsertAttributedBlocks,
} from "./attributed-blocks";
import { insertIngest } from "./ingests";
import { listPoolWindowKeys } from "./pools";
import { ensureSource } from "./sources";
import { STORE_DIALECTS, useMigratedStore } from "./testing";

const block = (height: number, time: string, slug = "foundryusa"): AttributedBlock => ({
  height,
  hash: height.toString(16).padStart(64, "0"),
  time,
  slug,
  matchedBy: slug === "unknown" ? "none" : "tag",
});

describe.each(STORE_DIALECTS)("a month's window of attributed blocks on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("covers the whole month once the blocks on both sides of it were read, else only what was", async () => {
    const { db } = current();
    await ensureSource(db, bitcoindSource);
    const id = await insertIngest(db, {
      sourceId: "bitcoind",
      fetchedAt: "2026-05-01T00:00:00.000Z",
      upstreamUrl: "rpc:test",
      contentSha256: "a".repeat(64),
      recordCount: 4,
    });
    await upsertAttributedBlocks(db, "bitcoind", id, [
      block(100, "2026-03-31T23:50:00.000Z"),
      block(101, "2026-04-01T00:05:00.000Z", "unknown"),
      block(102, "2026-04-30T23:55:00.000Z"),
    ]);
    await rebuildMonthWindow(db, "bitcoind", id, "2026-04");
    // Block 100 (March) was read, but nothing after April's last block yet: open at the end.
    expect(await listPoolWindowKeys(db)).toEqual([
      {
        sourceId: "bitcoind",
        periodStart: "2026-04-01T00:00:00.000Z",
        periodEnd: "2026-04-30T23:55:01.000Z",
      },
    ]);
    await upsertAttributedBlocks(db, "bitcoind", id, [block(103, "2026-05-01T00:02:00.000Z")]);
    await rebuildMonthWindow(db, "bitcoind", id, "2026-04");
    await rebuildMonthWindow(db, "bitcoind", id, "2026-03");
    const windows = await listPoolWindowKeys(db);
    // March: only its last block was read, so the window starts there; April is whole and closed.
    expect(windows).toEqual([
      {
        sourceId: "bitcoind",
        periodStart: "2026-03-31T23:50:00.000Z",
        periodEnd: "2026-04-01T00:00:00.000Z",
      },
      {
        sourceId: "bitcoind",
        periodStart: "2026-04-01T00:00:00.000Z",
        periodEnd: "2026-05-01T00:00:00.000Z",
      },
    ]);
  });
});
