import { describe, expect, test } from "vitest";
import { resolveOffline, SETTING, setSetting } from "./settings";
import { STORE_DIALECTS, useMigratedStore } from "./testing";

describe.each(STORE_DIALECTS)("the install's offline setting on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("unset ATLAS_OFFLINE follows the stored setting; a set one wins for its process", async () => {
    const { db } = current();
    expect(await resolveOffline(db, undefined)).toBe(false);
    await setSetting(db, SETTING.offline, "1");
    expect(await resolveOffline(db, undefined)).toBe(true);
    expect(await resolveOffline(db, false)).toBe(false);
    await setSetting(db, SETTING.offline, "0");
    expect(await resolveOffline(db, undefined)).toBe(false);
    expect(await resolveOffline(db, true)).toBe(true);
  });
});
