/**
 * Adds items a slice at a time, yielding to the browser between slices, so that drawing a layer
 * of many shapes is never one long task: input and paint get a turn every `budgetMs`. Items are
 * added in the order given (callers put what is on screen first). Returns the cancel function.
 */
export function addInSlices<T>(
  items: readonly T[],
  add: (item: T) => void,
  onDone: () => void,
  options: {
    budgetMs?: number;
    now?: () => number;
    schedule?: (run: () => void) => () => void;
  } = {},
): () => void {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const schedule = options.schedule ?? nextTask;
  let next = 0;
  let cancelled = false;
  let cancelPending = () => {};
  const slice = () => {
    if (cancelled) return;
    const start = now();
    // At least one item per slice, so a slow item cannot stall the layer.
    do {
      const item = items[next];
      next += 1;
      if (item !== undefined) add(item);
    } while (next < items.length && now() - start < budget);
    if (next < items.length) cancelPending = schedule(slice);
    else onDone();
  };
  slice();
  return () => {
    cancelled = true;
    cancelPending();
  };
}

/** A new task (not a microtask): the browser may paint and handle input before it runs. */
function nextTask(run: () => void): () => void {
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
