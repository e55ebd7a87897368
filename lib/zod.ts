import { z } from "zod";

/**
 * zod for code that also runs in the browser. zod compiles fast parsers with `new Function`
 * and probes for it when the first object schema is built; under our CSP (no 'unsafe-eval')
 * that probe is reported as a violation even though zod catches it. Browser code therefore
 * imports zod from here, which turns the probe off before any schema exists. The server keeps
 * the compiled parsers (ingest validates tens of thousands of records at a time).
 */
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
