import { startTransition, useEffect, useState } from "react";

/**
 * False on the server and in the first client render, true once the page is interactive. What
 * appears then (sharing, downloads, the capacity chart) is rendered as a transition: React
 * renders it in slices between input and paint instead of as one long task after hydration.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  return mounted;
}
