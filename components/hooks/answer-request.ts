import { FetchError, fetchAndParse, type SchemaName } from "./fetch-and-parse";
import type { ParseReply, ParseRequest } from "./worker-messages";

/** fetchAndParse answered as a reply: run by the worker, or here when the worker cannot run. */
export async function answerRequest(request: ParseRequest): Promise<ParseReply> {
  const { id, url, schemaName, notFoundIsGap } = request;
  try {
    const data = await fetchAndParse(url, schemaName as SchemaName, { notFoundIsGap });
    return { id, ok: true, data };
  } catch (error) {
    return error instanceof FetchError
      ? { id, ok: false, status: error.status, code: error.code, message: error.message }
      : { id, ok: false, status: 0, code: "network", message: String(error) };
  }
}
