/**
 * Splits rows for multi-row INSERTs. SQLite caps bound parameters per statement (32,766) and
 * PostgreSQL at 65,535; 500 rows of ≤ 10 columns stays well below both.
 */
export function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
