import { useEffect, useState } from "react";

/** False on the server and in the first client render, true once the page is interactive. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
