import { z } from "zod";
import {
  type SeedNodeCountryCountsFile,
  seedNodeCountryCountsFileSchema,
} from "../../lib/seed/schema";
import { dsnSource } from "../../lib/sources/dsn";
import { compareText } from "./compare";
import { parseCsv, RAW } from "./raw";
import { seedSource } from "./sources";

/**
 * KIT DSN's monthly peer counts by country (the raw CSV of medians, with the coverage file) → the
 * seed's per-country node counts. Medians are kept as published (a half when the month has an
 * even number of samples); partial months carry why.
 */

const countryRowSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  country_iso2: z.string().regex(/^[A-Z]{2}$/),
  median_nodes: z.coerce.number().nonnegative(),
  min_nodes: z.coerce.number().int().nonnegative(),
  max_nodes: z.coerce.number().int().nonnegative(),
  samples: z.coerce.number().int().positive(),
});
const coverageRowSchema = z.object({
  file: z.string(),
  month: z.string(),
  first_sample_utc: z.iso.datetime(),
  last_sample_utc: z.iso.datetime(),
});

const DSN_SOURCE = seedSource(dsnSource, [RAW.dsnCountries, RAW.dsnCoverage]);

/** A month the monitor covered for less than its whole length says so (start or end missing). */
function partialNote(month: string, first: string, last: string): string | null {
  const start = Date.parse(`${month}-01T00:00:00Z`);
  const [y = 0, m = 1] = month.split("-").map(Number);
  const end = Date.UTC(y, m, 1);
  const day = 86_400_000;
  const late = Date.parse(first) - start > day;
  const early = end - Date.parse(last) > day;
  if (!late && !early) return null;
  return `samples from ${first.slice(0, 10)} to ${last.slice(0, 10)} only`;
}

export function deriveDsn(countriesCsv: string, coverageCsv: string): SeedNodeCountryCountsFile {
  const coverage = new Map(
    z
      .array(coverageRowSchema)
      .parse(parseCsv(coverageCsv))
      .filter((r) => r.file === "country")
      .map((r) => [r.month, r]),
  );
  const months = new Map<string, z.infer<typeof countryRowSchema>[]>();
  for (const r of z.array(countryRowSchema).parse(parseCsv(countriesCsv))) {
    months.set(r.month, [...(months.get(r.month) ?? []), r]);
  }
  return seedNodeCountryCountsFileSchema.parse({
    kind: "node-country-counts",
    source: DSN_SOURCE,
    months: [...months]
      .sort(([a], [b]) => compareText(a, b))
      .map(([month, rows]) => {
        const c = coverage.get(month);
        if (!c) throw new Error(`DSN: no coverage row for ${month}`);
        return {
          month,
          firstSample: c.first_sample_utc,
          lastSample: c.last_sample_utc,
          samples: rows[0]?.samples ?? 0,
          partial: partialNote(month, c.first_sample_utc, c.last_sample_utc),
          countries: rows
            .sort(
              (a, b) =>
                b.median_nodes - a.median_nodes || compareText(a.country_iso2, b.country_iso2),
            )
            .map((r) => [r.country_iso2, r.median_nodes, r.min_nodes, r.max_nodes]),
        };
      }),
  });
}
