import { describe, expect, test } from "vitest";
import type { Finding } from "./alerts";
import { type AlertCursor, insertNewAlerts, pageAlerts } from "./alerts";
import { STORE_DIALECTS, useMigratedStore } from "./testing";

const finding = (i: number, period: string): Finding => ({
  ruleId: "country-10pp",
  kind: i % 3 === 0 ? "source_stale" : "country_share_change",
  subject: `C${i}`,
  period,
  title: `finding ${i}`,
  summary: "",
  evidence: {},
});

describe.each(STORE_DIALECTS)("alert paging on %s", (dialect) => {
  const store = useMigratedStore(dialect);

  /** Two detection passes; every alert of a pass shares its created_at, periods repeat too. */
  async function seedAlerts(): Promise<void> {
    const db = store().db;
    const first = Array.from({ length: 10 }, (_, i) => finding(i, `2021-0${(i % 4) + 1}`));
    const second = Array.from({ length: 7 }, (_, i) => finding(100 + i, "2022-01"));
    await insertNewAlerts(db, first, "2026-01-01T00:00:00.000Z");
    await insertNewAlerts(db, second, "2026-02-01T00:00:00.000Z");
  }

  async function pageThrough(size: number, kind?: string): Promise<string[]> {
    const ids: string[] = [];
    let after: AlertCursor | undefined;
    for (let pages = 0; pages < 100; pages += 1) {
      const page = await pageAlerts(store().db, { limit: size, kind, after });
      ids.push(...page.alerts.map((a) => a.id));
      if (!page.next) return ids;
      after = page.next;
    }
    throw new Error("paging never ended");
  }

  test.each([1, 3, 4, 17, 50])(
    "pages of %i return every alert exactly once, in order",
    async (size) => {
      await seedAlerts();
      const all = (await pageAlerts(store().db, { limit: 500 })).alerts.map((a) => a.id);
      expect(all).toHaveLength(17);
      const paged = await pageThrough(size);
      expect(paged).toEqual(all);
    },
  );

  test("a kind filter pages the same way", async () => {
    await seedAlerts();
    const all = (await pageAlerts(store().db, { limit: 500, kind: "source_stale" })).alerts;
    expect(all.length).toBeGreaterThan(3);
    expect(await pageThrough(2, "source_stale")).toEqual(all.map((a) => a.id));
  });

  test("the last page has no next cursor", async () => {
    await seedAlerts();
    expect((await pageAlerts(store().db, { limit: 17 })).next).toBeNull();
    expect((await pageAlerts(store().db, { limit: 16 })).next).not.toBeNull();
  });
});
