/**
 * The page and its parse worker talk in these two shapes. Both ends are this app's own code, built
 * together; what crosses from outside (the API's JSON) is checked by zod inside the worker.
 */

/** What the page asks: one endpoint, parsed with one named response schema. */
export interface ParseRequest {
  id: number;
  url: string;
  schemaName: string;
  notFoundIsGap: boolean;
}

/** The answer: the parsed data, or the FetchError's parts (an Error's class does not cross). */
export type ParseReply =
  | { id: number; ok: true; data: unknown }
  | { id: number; ok: false; status: number; code: string; message: string };
