"use client";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { MapGroup } from "./map-group";

/** Puts this map in a group of maps that pan and zoom together. */
export function GroupSync({ group }: { group: MapGroup }) {
  const map = useMap();
  useEffect(() => group.join(map), [map, group]);
  return null;
}
