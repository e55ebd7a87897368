import { z } from "zod";

/**
 * POST /api/v1/snapshots's answer (`201 {id, url}`). Its own module, imported when a snapshot
 * is made: zod stays out of the page's first load (its parsers otherwise run in the worker).
 */
export const snapshotCreatedSchema = z.object({ id: z.string(), url: z.string() });
