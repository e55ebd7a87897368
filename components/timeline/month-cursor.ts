import { useSyncExternalStore } from "react";

/**
 * The month the slider points at right now, kept outside React state: a step re-renders only
 * the components reading it (the slider), not the page that owns it. The page's own month
 * follows once the slider pauses (components/atlas/AtlasView.tsx).
 */
export interface MonthCursor {
  get(): string;
  set(month: string): void;
  subscribe(listener: () => void): () => void;
}

export function createMonthCursor(initial: string): MonthCursor {
  let month = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => month,
    set(next) {
      if (next === month) return;
      month = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useCursorMonth(cursor: MonthCursor): string {
  return useSyncExternalStore(cursor.subscribe, cursor.get, cursor.get);
}
