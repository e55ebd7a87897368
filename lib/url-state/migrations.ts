import { PARAM } from "./keys";
import type { RawParams } from "./view-state";

/**
 * Old links, upgraded before they are read: each migration rewrites the parameters a former
 * version of the site wrote into today's. Applied in order; a link that needs none passes
 * unchanged. Add one whenever a parameter is renamed or reshaped — never break a shared link.
 */
interface LinkMigration {
  /** What the old form was, for a reader of this list. */
  what: string;
  upgrade: (raw: RawParams) => RawParams;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export const LINK_MIGRATIONS: readonly LinkMigration[] = [
  {
    what: "the map view as one v=lat,lon,zoom (before lat, lon and z were separate)",
    upgrade: (raw) => {
      const v = first(raw.v);
      if (v === undefined) return raw;
      const { v: _old, ...rest } = raw;
      const [lat, lon, zoom] = v.split(",");
      // Today's parameters win where a link carries both.
      return {
        [PARAM.lat]: lat,
        [PARAM.lon]: lon,
        [PARAM.zoom]: zoom,
        ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
      };
    },
  },
];

export function migrateLink(raw: RawParams): RawParams {
  return LINK_MIGRATIONS.reduce((params, m) => m.upgrade(params), raw);
}
