import { z } from "zod";
import { PARAM, VIEW_PARAMS } from "../url-state/keys";
import { textCheckedBy } from "../url-state/param-schema";
import { DEFINITION, MONTH } from "../url-state/params";

const param = z.string().max(100);

/** The view's other parameters, as the URL names them (lib/url-state/keys.ts): checked by its parser. */
const otherParams = Object.fromEntries(
  VIEW_PARAMS.filter((k) => k !== PARAM.month && k !== PARAM.definition).map((k) => [
    k,
    param.optional(),
  ]),
) as Record<string, z.ZodOptional<typeof param>>;

/**
 * The body of POST /api/v1/snapshots: the view state, keyed exactly like the URL of `/` (the
 * keys come from lib/url-state, old links' included). Month and definition are checked here by
 * their rows of the URL-parameter table; the route reads the rest with the page's own parser.
 */
export const snapshotRequestSchema = z
  .object({
    m: textCheckedBy(MONTH).optional(),
    gs: textCheckedBy(DEFINITION).optional(),
    ...otherParams,
  })
  .strict();

/** Snapshot ids are 27-character base64url content hashes (lib/share/canonical.ts). */
export const snapshotIdSchema = z.string().regex(/^[A-Za-z0-9_-]{27}$/, "not a snapshot id");

/** What a stored snapshot must at least contain to be rendered; guards against old or foreign rows. */
export const frozenHeaderSchema = z.looseObject({
  // 1: before ranges (Global South points carry only the named members' sum); 2: with ranges.
  version: z.union([z.literal(1), z.literal(2)]),
  month: z.string(),
  view: z.object({ m: z.string(), gs: z.string() }),
});
