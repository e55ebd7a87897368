import type { Db } from "./schema";

/** Keys of the install's settings table, and what their values mean. */
export const SETTING = {
  /** "1": nothing is fetched or sent by any process on this database; "0": online. */
  offline: "offline",
} as const;

async function getSetting(db: Db, key: string): Promise<string | null> {
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function setSetting(db: Db, key: string, value: string, now = new Date()) {
  const at = now.toISOString();
  await db
    .insertInto("settings")
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value, updated_at: at }))
    .execute();
}

/**
 * Whether this process runs offline: ATLAS_OFFLINE when the process was given it, else the
 * install's stored setting (what `npm start` was last given). An offline install stays offline
 * for an `atlas` command run by hand without the variable.
 */
export async function resolveOffline(db: Db, fromEnv: boolean | undefined): Promise<boolean> {
  if (fromEnv !== undefined) return fromEnv;
  return (await getSetting(db, SETTING.offline)) === "1";
}
