import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";

/**
 * The bundled basemap: Natural Earth 1:110m countries from `world-atlas` (public domain), so the
 * map needs no tile server and works offline. world-atlas keys countries by ISO 3166 numeric
 * code; we key by alpha-2 like the rest of the app. Kosovo, N. Cyprus and Somaliland have no
 * numeric code and stay unkeyed (drawn, never coloured).
 */
export interface CountryProps {
  iso2: string | null;
  name: string;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let cached: FeatureCollection<Polygon | MultiPolygon, CountryProps> | undefined;

export function loadBasemap(): FeatureCollection<Polygon | MultiPolygon, CountryProps> {
  if (cached) return cached;
  const topo = atlas as unknown as Countries;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  cached = {
    type: "FeatureCollection",
    features: fc.features
      // Antarctica holds no hashrate and takes a fifth of a Mercator map.
      .filter((f) => f.id !== "010")
      .map((f) => ({
        ...f,
        geometry: unwrapAntimeridian(f.geometry),
        properties: {
          name: f.properties.name,
          iso2: f.id === undefined ? null : (countries.numericToAlpha2(String(f.id)) ?? null),
        },
      })),
  };
  return cached;
}

type Ring = GeoJSON.Position[];

/**
 * Rings that cross the 180° meridian (Russia's Chukotka, Fiji) jump from +180 to −180 and would
 * be drawn as a stripe across the whole map; shifting their western longitudes by +360 keeps
 * each ring continuous (Leaflet draws longitudes beyond 180 just east of the meridian).
 */
function unwrapRing(ring: Ring): Ring {
  const crosses = ring.some(
    (p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180,
  );
  return crosses ? ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

function unwrapAntimeridian(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (g.type === "Polygon") return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  return { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrapRing)) };
}
