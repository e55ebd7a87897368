/**
 * Adds items a slice at a time, yielding to the browser between slices, so that drawing a layer
 * of many shapes is never one long task: input and paint get a turn every `budgetMs`. Items are
 * added in the order given (callers put what is on screen first). The first slice runs at once,
 * or with `later` in a task of its own (the caller's task then ends sooner). `items` may be a
 * function, when making the list is itself long work: it is then made in a task of its own
 * before the first slice. Returns the cancel function.
 */
export function addInSlices<T>(
  items: readonly T[] | (() => readonly T[]),
  add: (item: T) => void,
  onDone: () => void,
  options: {
    budgetMs?: number;
    later?: boolean;
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
  let list: readonly T[] | null = typeof items === "function" ? null : items;
  const slice = () => {
    if (cancelled) return;
    if (list === null) {
      list = (items as () => readonly T[])();
      cancelPending = schedule(slice);
      return;
    }
    const all = list;
    const start = now();
    // At least one item per slice, so a slow item cannot stall the layer.
    do {
      const item = all[next];
      next += 1;
      if (item !== undefined) add(item);
    } while (next < all.length && now() - start < budget);
    if (next < all.length) cancelPending = schedule(slice);
    else onDone();
  };
  if (options.later) cancelPending = schedule(slice);
  else slice();
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
