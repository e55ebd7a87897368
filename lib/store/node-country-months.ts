import { chunks } from "./batch";
import type { Db } from "./schema";

/** One monitor month: when it was sampled and each country's count. */
export interface CountryMonthInput {
  month: string;
  firstSample: string;
  lastSample: string;
  samples: number;
  partial: string | null;
  /** [iso2, median, min, max] */
  countries: readonly (readonly [string, number, number, number])[];
}

/** Stores a monitor's months; a month already stored for the source is replaced whole. */
export async function replaceCountryMonths(
  db: Db,
  sourceId: string,
  ingestId: string,
  months: readonly CountryMonthInput[],
): Promise<void> {
  const rows = months.flatMap((m) =>
    m.countries.map(([country, median, min, max]) => ({
      source_id: sourceId,
      month: m.month,
      country,
      median,
      min,
      max,
      samples: m.samples,
      first_sample: m.firstSample,
      last_sample: m.lastSample,
      partial: m.partial,
      ingest_id: ingestId,
    })),
  );
  const stored = [...new Set(months.map((m) => m.month))];
  if (stored.length > 0)
    await db
      .deleteFrom("node_country_months")
      .where("source_id", "=", sourceId)
      .where("month", "in", stored)
      .execute();
  for (const batch of chunks(rows))
    await db.insertInto("node_country_months").values(batch).execute();
}

interface CountryMonth {
  sourceId: string;
  month: string;
  firstSample: string;
  lastSample: string;
  samples: number;
  partial: string | null;
  countries: { country: string; median: number; min: number; max: number }[];
}

/**
 * The month's per-country counts (largest median first), or null when no monitor covers the
 * month: never borrowed from a neighbouring month. One source per month (the lowest id, should
 * two ever cover it): sources are not mixed.
 */
export async function getCountryMonth(db: Db, month: string): Promise<CountryMonth | null> {
  const rows = await db
    .selectFrom("node_country_months")
    .selectAll()
    .where("month", "=", month)
    .orderBy("source_id")
    .orderBy("median", "desc")
    .orderBy("country")
    .execute();
  const first = rows[0];
  if (!first) return null;
  const own = rows.filter((r) => r.source_id === first.source_id);
  return {
    sourceId: first.source_id,
    month,
    firstSample: first.first_sample,
    lastSample: first.last_sample,
    samples: first.samples,
    partial: first.partial,
    countries: own.map((r) => ({ country: r.country, median: r.median, min: r.min, max: r.max })),
  };
}
