import { describe, expect, test } from "vitest";
import { defaultCityDatabases, openGeoIp, recordToPoint } from "./geoip";

describe("GeoIP", () => {
  test("reads DB-IP Lite's flat records", () => {
    expect(
      recordToPoint({ country_code: "DE", latitude: 49.45, longitude: 11.07, city: "Nuremberg" }),
    ).toEqual({
      country: "DE",
      lat: 49.45,
      lon: 11.07,
    });
  });

  test("reads MaxMind GeoLite2's nested records", () => {
    const record = { country: { iso_code: "IS" }, location: { latitude: 64.1, longitude: -21.9 } };
    expect(recordToPoint(record)).toEqual({ country: "IS", lat: 64.1, lon: -21.9 });
  });

  test.each([
    ["no record", null],
    ["an unknown country code", { country_code: "ZZ", latitude: 1, longitude: 1 }],
    ['"no location" at (0,0)', { country_code: "US", latitude: 0, longitude: 0 }],
  ])("drops %s rather than guessing", (_name, record) => {
    expect(recordToPoint(record)).toBeNull();
  });

  test("the bundled DB-IP Lite database locates public addresses of both families", async () => {
    const geo = await openGeoIp();
    expect(geo?.locate("8.8.8.8")?.country).toMatch(/^[A-Z]{2}$/);
    expect(geo?.locate("2a01:4f8::1")?.country).toMatch(/^[A-Z]{2}$/);
    expect(geo?.locate("not an address")).toBeNull();
    expect(geo?.locate("10.0.0.1")).toBeNull();
  });

  test("ATLAS_GEOIP_CITY's file (one database for both families) replaces the bundled pair", async () => {
    const ipv4Only = defaultCityDatabases()?.ipv4 ?? "";
    const geo = await openGeoIp(ipv4Only);
    expect(geo?.database).toBe(ipv4Only);
    expect(geo?.locate("8.8.8.8")).not.toBeNull();
  });
});
