import { answerRequest } from "./answer-request";
import { FetchError, type FetchOptions, fetchAndParse, type SchemaName } from "./fetch-and-parse";
import type { ParseReply, ParseRequest } from "./worker-messages";

let worker: Worker | null | undefined;
let nextId = 0;
interface Pending {
  request: ParseRequest;
  settle: (reply: ParseReply) => void;
}
const pending = new Map<number, Pending>();

/** The one parse worker, started on first use; null where it cannot start (then: main thread). */
function parseWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      pending.get(event.data.id)?.settle(event.data);
      pending.delete(event.data.id);
    };
    worker.onerror = () => {
      // The worker failed to load: what it was asked is asked again on the main thread.
      worker = null;
      for (const [id, { request, settle }] of pending) {
        pending.delete(id);
        answerRequest(request).then(settle);
      }
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** fetchAndParse in the parse worker; on the main thread if the worker is unavailable. */
export function fetchInWorker(
  url: string,
  schemaName: SchemaName,
  options: FetchOptions,
): Promise<unknown> {
  const w = parseWorker();
  if (!w) return fetchAndParse(url, schemaName, options);
  const id = nextId++;
  // The worker resolves relative URLs against its own script's address: send an absolute one.
  const request: ParseRequest = {
    id,
    url: new URL(url, window.location.href).toString(),
    schemaName,
    notFoundIsGap: options.notFoundIsGap ?? false,
  };
  return new Promise((resolve, reject) => {
    const settle = (reply: ParseReply) =>
      reply.ok
        ? resolve(reply.data)
        : reject(new FetchError(reply.status, reply.code, reply.message));
    pending.set(id, { request, settle });
    w.postMessage(request);
  });
}
