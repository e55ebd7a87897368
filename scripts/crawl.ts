/**
 * Manual crawl, for a person to check the crawler against the real network (CI never runs it):
 *   npx tsx scripts/crawl.ts [--network mainnet] [--peer host:port]… [--seed host]… \
 *     [--max-nodes 500] [--concurrency 64] [--deadline-ms 120000] [--allow-private]
 * Progress goes to stderr; the summary (JSON) to stdout. Storing and GeoIP are the `atlas crawl`
 * command's job.
 */
import { parseArgs } from "node:util";
import { ZodError, z } from "zod";
import {
  type CrawlOptionsInput,
  type CrawlProgress,
  type CrawlResult,
  formatCrawlSummary,
  runCrawl,
  summarizeCrawl,
} from "../lib/crawler/index";

const { values } = parseArgs({
  options: {
    network: { type: "string" },
    peer: { type: "string", multiple: true },
    seed: { type: "string", multiple: true },
    "max-nodes": { type: "string" },
    concurrency: { type: "string" },
    "deadline-ms": { type: "string" },
    "allow-private": { type: "boolean" },
  },
});
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

let result: CrawlResult;
try {
  result = await runCrawl(
    {
      // Unchecked here on purpose: runCrawl validates every option with zod and names the bad one.
      network: values.network as CrawlOptionsInput["network"],
      peers: values.peer ?? [],
      seeds: values.seed,
      maxNodes: num(values["max-nodes"]),
      concurrency: num(values.concurrency),
      deadlineMs: num(values["deadline-ms"]),
      allowPrivate: values["allow-private"] ?? false,
    },
    {
      onProgress: (p: CrawlProgress) =>
        process.stderr.write(
          `\rreached ${p.reached}  queued ${p.queued}  failed ${p.failed}  open ${p.inFlight}   `,
        ),
    },
  );
} catch (err) {
  if (!(err instanceof ZodError)) throw err;
  console.error(z.prettifyError(err));
  process.exit(2);
}
process.stderr.write("\n");
const summary = summarizeCrawl(result);
process.stderr.write(`${formatCrawlSummary(summary)}\n`);
console.log(JSON.stringify(summary, null, 2));
