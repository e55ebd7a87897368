import { z } from "zod";
import { MONTH_PATTERN } from "../core/month";
import { loadDefinitions } from "../geo/definitions";

const definitionIds = loadDefinitions().map((d) => d.id) as [string, ...string[]];

const param = z.string().max(100);

/**
 * The body of POST /api/v1/snapshots: the view state, keyed exactly like the URL of `/`
 * (m, gs, l, cmp, c, lat, lon, z). Month and definition are checked here; the route checks the rest with
 * the same parser the page uses.
 */
export const snapshotRequestSchema = z
  .object({
    m: z.string().regex(MONTH_PATTERN, "expected a month as YYYY-MM").optional(),
    gs: z.enum(definitionIds, { error: `expected one of ${definitionIds.join(", ")}` }).optional(),
    l: param.optional(),
    cmp: param.optional(),
    c: param.optional(),
    lat: param.optional(),
    lon: param.optional(),
    z: param.optional(),
    /** The map view as links wrote it before lat/lon/z (still read by app/search-params.ts). */
    v: param.optional(),
  })
  .strict();
export type SnapshotRequest = z.infer<typeof snapshotRequestSchema>;

/** Snapshot ids are 27-character base64url content hashes (lib/share/canonical.ts). */
export const snapshotIdSchema = z.string().regex(/^[A-Za-z0-9_-]{27}$/, "not a snapshot id");

/** What a stored snapshot must at least contain to be rendered; guards against old or foreign rows. */
export const frozenHeaderSchema = z.looseObject({
  // 1: before ranges (Global South points carry only the named members' sum); 2: with ranges.
  version: z.union([z.literal(1), z.literal(2)]),
  month: z.string(),
  view: z.object({ m: z.string(), gs: z.string() }),
});
