"use client";
import { useEffect, useState } from "react";

/**
 * Counts from 0 up to `stages`, one step per task once the component has mounted. Children shown
 * from successive steps each set themselves up in a task of their own: the map's layers, mounted
 * together, were one long task on a phone (Leaflet's setup, the canvas, the markers).
 */
export function useStagedMount(stages: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= stages) return;
    const id = setTimeout(() => setStage((s) => s + 1), 0);
    return () => clearTimeout(id);
  }, [stage, stages]);
  return stage;
}
