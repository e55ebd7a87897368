import { useEffect, useState } from "react";

/**
 * When the value last changed, as seen by this browser. SWR keeps the same object when a
 * revalidation returns equal data, so a new reference means the data itself changed.
 */
export function useLastChanged(value: unknown): Date | null {
  const [at, setAt] = useState<Date | null>(null);
  useEffect(() => {
    if (value !== undefined && value !== null) setAt(new Date());
  }, [value]);
  return at;
}
