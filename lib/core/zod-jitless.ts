/**
 * zod compiles fast parsers with `new Function` and probes for it when the first object schema is
 * built; under our CSP (no 'unsafe-eval') the probe is reported as a violation even though zod
 * catches it. `jitless` turns the compiler and the probe off. zod keeps its settings on
 * `globalThis.__zod_globalConfig` and adopts an object already there, so the browser can set it
 * before zod loads without loading zod for it: zod is not needed on the page's first load, and
 * importing its `config` only for this put zod's core in the first-load JavaScript.
 */
export function zodJitlessBeforeLoad(scope: { __zod_globalConfig?: Record<string, unknown> }) {
  scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
}
