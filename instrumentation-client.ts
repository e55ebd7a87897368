import { zodJitlessBeforeLoad } from "./lib/core/zod-jitless";

/**
 * Runs in the browser before any of the app's code (Next.js's instrumentation-client): zod
 * without its `new Function` probe under our CSP, set without loading zod (lib/core/zod-jitless.ts).
 * The server keeps the compiled parsers (ingest validates tens of thousands of records at a time).
 */
zodJitlessBeforeLoad(globalThis as Parameters<typeof zodJitlessBeforeLoad>[0]);
