"use client";
import { useEffect, useState } from "react";

/**
 * The value once it has stopped changing for `ms`. Secondary data (node and pool summaries)
 * follows the settled month, so scrubbing or playing the slider fetches and re-renders them
 * once per pause instead of on every step; the choropleth itself follows every step.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
