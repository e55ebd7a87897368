import type L from "leaflet";

/**
 * Maps that move together (compare mode): when the reader pans or zooms one, the others take
 * the same centre and zoom at once, without animation, so the two months stay comparable.
 */
export interface MapGroup {
  join(map: L.Map): () => void;
}

export function createMapGroup(): MapGroup {
  const maps = new Set<L.Map>();
  let following = false;
  const follow = (leader: L.Map) => {
    if (following) return; // the followers' own move events must not lead in turn
    following = true;
    try {
      for (const other of maps)
        if (other !== leader)
          other.setView(leader.getCenter(), leader.getZoom(), { animate: false });
    } finally {
      following = false;
    }
  };
  return {
    join(map) {
      const onMove = () => follow(map);
      maps.add(map);
      map.on("move zoomend", onMove);
      return () => {
        map.off("move zoomend", onMove);
        maps.delete(map);
      };
    },
  };
}
