import {
  type GlobalSouthPoint,
  type GlobalSouthSeries,
  globalSouthPoint,
  hasEnoughCoverage,
  MIN_GLOBAL_SOUTH_COVERAGE,
} from "../analytics/global-south";
import { monthlySeries, withAggregates } from "../analytics/series";
import type { Definition } from "../geo/definition-schema";
import type { Db } from "../store/schema";
import { getAggregates, getAllShares } from "../store/shares";
import { listSources } from "../store/sources";

/** The Global South share for every month with enough coverage, under one definition. */
async function getGlobalSouth(db: Db, definition: Definition): Promise<GlobalSouthSeries> {
  const members = new Set(definition.members);
  const [shares, aggregates] = await Promise.all([getAllShares(db), getAggregates(db)]);
  const months = withAggregates(monthlySeries(shares), aggregates);
  return {
    series: months.filter(hasEnoughCoverage).map((s) => globalSouthPoint(s, members)),
    insufficient: months
      .filter((s) => !hasEnoughCoverage(s))
      .map((s) => ({
        month: s.month,
        coverage: s.coverage,
        method: s.method,
        source: s.sourceId,
      })),
  };
}

/** Just the plotted points (months with enough coverage). */
export async function getGlobalSouthSeries(
  db: Db,
  definition: Definition,
): Promise<GlobalSouthPoint[]> {
  return (await getGlobalSouth(db, definition)).series;
}

/** What `GET /api/v1/global-south` serves (and the map page pre-fills): one shape, one place. */
export async function getGlobalSouthView(db: Db, definition: Definition) {
  const { series, insufficient } = await getGlobalSouth(db, definition);
  const used = new Set(series.map((p) => p.source));
  const sources = (await listSources(db))
    .filter((s) => used.has(s.id))
    .map((s) => ({ id: s.id, name: s.name, publisher: s.publisher }));
  return {
    definition: {
      id: definition.id,
      name: definition.name,
      source: definition.sourceUrl,
      definedBy: definition.definedBy,
      vintage: definition.vintage,
    },
    series,
    sources,
    minCoverage: MIN_GLOBAL_SOUTH_COVERAGE,
    insufficient,
  };
}
