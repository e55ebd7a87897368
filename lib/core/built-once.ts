/**
 * A value built on first use and kept. For Intl formatters: building one loads locale data, a
 * cost that at module load lands in the page's first long task; on first use it is paid only by
 * a page that formats with it.
 */
export function builtOnce<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
