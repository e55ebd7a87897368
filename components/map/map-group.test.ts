import type L from "leaflet";
import { describe, expect, test } from "vitest";
import { createMapGroup } from "./map-group";

/** Just enough of a Leaflet map: events, centre and zoom; setView fires "move" like Leaflet. */
function fakeMap(lat: number, zoom: number) {
  const handlers = new Map<string, (() => void)[]>();
  const state = { center: { lat, lng: 0 }, zoom, setViews: 0 };
  const map = {
    on(names: string, fn: () => void) {
      for (const n of names.split(" ")) handlers.set(n, [...(handlers.get(n) ?? []), fn]);
      return map;
    },
    off(names: string, fn: () => void) {
      for (const n of names.split(" "))
        handlers.set(
          n,
          (handlers.get(n) ?? []).filter((h) => h !== fn),
        );
      return map;
    },
    getCenter: () => state.center,
    getZoom: () => state.zoom,
    setView(center: { lat: number; lng: number }, z: number) {
      state.center = center;
      state.zoom = z;
      state.setViews += 1;
      map.fire("move");
      return map;
    },
    fire(name: string) {
      for (const h of handlers.get(name) ?? []) h();
    },
  };
  return { map, state, leaflet: map as unknown as L.Map };
}

describe("createMapGroup", () => {
  test("a moved map carries the others along, once, without echoing back", () => {
    const group = createMapGroup();
    const a = fakeMap(10, 2);
    const b = fakeMap(-5, 4);
    group.join(a.leaflet);
    group.join(b.leaflet);
    a.state.center = { lat: 30, lng: 0 };
    a.state.zoom = 5;
    a.map.fire("move");
    expect(b.state).toMatchObject({ center: { lat: 30 }, zoom: 5, setViews: 1 });
    expect(a.state.setViews).toBe(0);
  });

  test("a map that left the group no longer leads or follows", () => {
    const group = createMapGroup();
    const a = fakeMap(10, 2);
    const b = fakeMap(-5, 4);
    const leave = group.join(a.leaflet);
    group.join(b.leaflet);
    leave();
    a.map.fire("move");
    b.map.fire("move");
    expect(a.state.setViews + b.state.setViews).toBe(0);
  });
});
