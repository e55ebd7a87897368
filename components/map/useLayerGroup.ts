import L from "leaflet";
import { useEffect, useMemo } from "react";
import { useMap } from "react-leaflet";

/**
 * A layer group on the map while `visible`: one group for the layer's whole life, so markers
 * kept in it survive hiding and showing the layer (no redraw when a checkbox is ticked again).
 */
export function useLayerGroup(visible: boolean): { map: L.Map; group: L.LayerGroup } {
  const map = useMap();
  const group = useMemo(() => L.layerGroup(), []);
  useEffect(() => {
    if (!visible) return;
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group, visible]);
  return { map, group };
}
