/**
 * `npm run bench`: measures the project's performance bars on this machine, loopback only, with
 * bounded loops. Human-readable lines go to stderr; the last line on stdout is a JSON array of
 * {name, value, unit, target, ok}. Exits non-zero if any judged figure misses its target.
 */
import { benchApiThroughput } from "./bench/api-throughput";
import { benchApiUnderIngest } from "./bench/api-under-ingest";
import { benchAssumptionRecolour } from "./bench/assumption-recolour";
import { benchCrawl } from "./bench/crawl";
import { benchEstimates } from "./bench/estimates";
import type { Figure } from "./bench/figure";
import { benchBitnodesIngest } from "./bench/ingest-bitnodes";
import { benchLighthouse } from "./bench/lighthouse";
import { benchMap } from "./bench/map-slider";
import { benchPreviewFlood } from "./bench/preview-flood";
import { benchSitesLoad } from "./bench/sites-load";
import { benchSlowloris } from "./bench/slowloris";
import { ensureBuild } from "./start/build";

const log = (msg: string, extra: Record<string, unknown> = {}) =>
  console.error(JSON.stringify({ level: "info", msg, ...extra }));

const figures: Figure[] = [];
// First, in a process nothing else has grown yet: the crawl's peak RSS is the process's, and the
// ingest benches below leave hundreds of MB resident that would otherwise be counted as the crawl's.
log("bench: P2P crawl of loopback peers");
figures.push(...(await benchCrawl()));
log("bench: Bitnodes ingest of a 25k-node snapshot");
figures.push(...(await benchBitnodesIngest()));
log("bench: evidence model, all countries × all months");
figures.push(...(await benchEstimates()));
await ensureBuild(log);
log("bench: API throughput vs static file");
figures.push(...(await benchApiThroughput(Number(process.env.BENCH_PORT ?? 3199))));
log("bench: API under load while an ingest runs (SQLite, PostgreSQL)");
figures.push(...(await benchApiUnderIngest(Number(process.env.BENCH_PORT ?? 3199) + 10)));
log("bench: read API under a flood of preview images");
figures.push(...(await benchPreviewFlood(Number(process.env.BENCH_PORT ?? 3199) + 20)));
log("bench: a slowloris against the server, another client's health meanwhile");
figures.push(...(await benchSlowloris(Number(process.env.BENCH_PORT ?? 3199) + 30)));
log("bench: /api/health while three clients loop on the heaviest sites views (largest import)");
figures.push(...(await benchSitesLoad(Number(process.env.BENCH_PORT ?? 3199) + 40)));
log("bench: map slider step with 25k nodes, first-load JS");
figures.push(...(await benchMap(Number(process.env.BENCH_PORT ?? 3199) + 1)));
log("bench: an assumption change re-colours the map (real Chromium)");
figures.push(...(await benchAssumptionRecolour(Number(process.env.BENCH_PORT ?? 3199) + 50)));
log("bench: Lighthouse 12 mobile preset on /, median of three");
figures.push(...(await benchLighthouse(Number(process.env.BENCH_PORT ?? 3199) + 60)));
for (const f of figures)
  log(`${f.name} = ${f.value} ${f.unit}${f.target === null ? "" : ` (target ${f.target})`}`);
console.log(JSON.stringify(figures));
process.exit(figures.every((f) => f.ok) ? 0 : 1);
