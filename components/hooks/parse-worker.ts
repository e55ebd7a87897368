/// <reference lib="webworker" />
import { answerRequest } from "./answer-request";
import type { ParseRequest } from "./worker-messages";

/**
 * Fetches and validates the API's answers off the page's main thread: zod's code and the parse
 * of the largest answers (every site fact, the evidence model's inputs) are a long task on a
 * phone when run beside the map.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  scope.postMessage(await answerRequest(event.data));
};
