import { config } from "zod/v4/core";

/**
 * Runs in the browser before any of the app's code (Next.js's instrumentation-client). zod
 * compiles fast parsers with `new Function` and probes for it when the first object schema is
 * built; under our CSP (no 'unsafe-eval') that probe is reported as a violation even though zod
 * catches it. Turning the compiler off here, before any schema exists, avoids the probe. The
 * server keeps the compiled parsers (ingest validates tens of thousands of records at a time).
 */
config({ jitless: true });
