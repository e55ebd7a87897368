import { z } from "zod";
import type { AlertCursor } from "../store/alerts";

/**
 * `next` / `?cursor=` of GET /api/v1/alerts: the last alert's sort key, as opaque base64url
 * JSON so clients pass it back as it is and the key can change without breaking links.
 */
const cursorSchema = z.tuple([z.iso.datetime(), z.string().max(200), z.string().max(200)]);

export function encodeAlertCursor(cursor: AlertCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor, or null when the text is not one this server issued. */
function decodeAlertCursor(text: string): AlertCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The query parameter: a cursor this server issued, decoded. */
export const alertCursorParam = z
  .string()
  .max(1000)
  .transform((text, ctx) => {
    const cursor = decodeAlertCursor(text);
    if (!cursor)
      ctx.addIssue({ code: "custom", message: "not a cursor from a previous page's `next`" });
    return cursor ?? z.NEVER;
  });
