import { z } from "zod";
import { IMPORT_KINDS, INGEST_TARGETS } from "../sources/registry";

/** `atlas` command lines, validated: a typo is an error with usage, never a silent default. */
const USAGE = `usage:
  npm run atlas -- ingest [bitnodes|mempool|pools|bitcoind|all ...] [--file PATH | --timestamp UNIX] [--deliver]
      fetch, validate, geolocate and store; --file reads a saved Bitnodes snapshot
      (API format, or the crawler export named <unix time>.json) instead of fetching;
      --timestamp fetches that past Bitnodes snapshot instead of the latest
  npm run atlas -- import [sites|regulator] FILE.csv [--dry-run] [--deliver]
      import reported figures (columns month,country,share,source,url), or replace the known
      mining sites or the utilities' and regulators' figures with a newer version; all or
      nothing; --dry-run validates and says how many alerts the import would raise, writing nothing
  npm run atlas -- crawl [--seed host[:port]]… [--dns-seed host]… [--network mainnet|testnet|signet|regtest]
                         [--max-nodes N] [--concurrency C] [--deadline 10m] [--allow-private] [--deliver]
      walk the Bitcoin P2P network yourself and store a geolocated node snapshot (source "crawler")
  --deliver: also send the webhook deliveries the command queued (unless the install is offline);
      without it the worker sends them on its next pass
  npm run atlas -- worker
      run scheduled ingests, shift detection and webhook deliveries until stopped (SIGTERM)`;

/** "90s", "10m", "1h" or plain milliseconds. */
const duration = z
  .string()
  .regex(/^\d+(ms|s|m|h)?$/, "expected a duration like 90s, 10m or 1h")
  .transform((v) => {
    const [, n, unit] = /^(\d+)(ms|s|m|h)?$/.exec(v) ?? [];
    const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit ?? "ms"] ?? 1;
    return Number(n) * factor;
  });

const crawlSchema = z.object({
  command: z.literal("crawl"),
  peers: z.array(z.string().min(1)).default([]),
  dnsSeeds: z.array(z.string().min(1)).optional(),
  network: z.enum(["mainnet", "testnet", "signet", "regtest"]).default("mainnet"),
  maxNodes: z.coerce.number().int().positive().optional(),
  concurrency: z.coerce.number().int().positive().optional(),
  deadlineMs: duration.optional(),
  allowPrivate: z.boolean().default(false),
  deliver: z.boolean().default(false),
});
const workerSchema = z.object({ command: z.literal("worker") });

const ingestSchema = z.object({
  command: z.literal("ingest"),
  targets: z
    .array(z.enum(["all", ...INGEST_TARGETS]))
    .transform((t) =>
      t.length === 0 || t.includes("all")
        ? [...INGEST_TARGETS]
        : [...new Set(t)].filter((x) => x !== "all"),
    ),
  file: z.string().min(1).optional(),
  timestamp: z.coerce.number().int().positive().optional(),
  deliver: z.boolean().default(false),
});
/** What an import holds: reported shares (the default), known sites, or regulators' figures. */
const importSchema = z.object({
  command: z.literal("import"),
  kind: z.enum(IMPORT_KINDS as [string, ...string[]]).default("reported"),
  file: z.string().min(1),
  dryRun: z.boolean().default(false),
  deliver: z.boolean().default(false),
});
const cliArgsSchema = z.discriminatedUnion("command", [
  ingestSchema,
  importSchema,
  crawlSchema,
  workerSchema,
]);
export type CliArgs = z.infer<typeof cliArgsSchema>;

/** Options that take a value, and the field each fills (repeatable ones collect into arrays). */
const CRAWL_OPTIONS: Record<string, { key: string; repeat?: boolean }> = {
  "--seed": { key: "peers", repeat: true },
  "--dns-seed": { key: "dnsSeeds", repeat: true },
  "--network": { key: "network" },
  "--max-nodes": { key: "maxNodes" },
  "--concurrency": { key: "concurrency" },
  "--deadline": { key: "deadlineMs" },
};

function crawlInput(rest: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = { command: "crawl" };
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? "";
    if (arg === "--allow-private" || arg === "--deliver") {
      input[arg === "--deliver" ? "deliver" : "allowPrivate"] = true;
      continue;
    }
    const option = CRAWL_OPTIONS[arg];
    if (!option) throw new Error(`unknown argument ${arg}\n${USAGE}`);
    const value = rest[++i] ?? "";
    if (option.repeat)
      input[option.key] = [...((input[option.key] as string[] | undefined) ?? []), value];
    else input[option.key] = value;
  }
  return input;
}

function validate(input: unknown): CliArgs {
  const parsed = cliArgsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join(".") || "command"}: ${issue?.message}\n${USAGE}`);
  }
  return parsed.data;
}

/** `import FILE`, or `import sites FILE` / `import regulator FILE`. */
function importInput(positional: readonly string[]): Record<string, unknown> {
  const [first = "", second, ...extra] = positional;
  if (extra.length > 0) throw new Error(`import takes one file\n${USAGE}`);
  if (second === undefined) return { command: "import", file: first };
  if (first === "reported") throw new Error(`use "import FILE.csv" for reported figures\n${USAGE}`);
  return { command: "import", kind: first, file: second };
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === "crawl") return validate(crawlInput(rest));
  if (command === "worker") {
    if (rest.length > 0) throw new Error(`worker takes no arguments\n${USAGE}`);
    return validate({ command });
  }
  const positional: string[] = [];
  const options: { file?: string; timestamp?: string; deliver?: boolean; dryRun?: boolean } = {};
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? "";
    if (arg === "--file") options.file = rest[++i] ?? "";
    else if (arg === "--timestamp") options.timestamp = rest[++i] ?? "";
    else if (arg === "--deliver") options.deliver = true;
    else if (arg === "--dry-run" && command === "import") options.dryRun = true;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  if (command === "import" && (options.file !== undefined || options.timestamp !== undefined))
    throw new Error(`--file and --timestamp apply to "ingest bitnodes" only\n${USAGE}`);
  const input =
    command === "import"
      ? { ...importInput(positional), ...options }
      : { command, targets: positional, ...options };
  const parsed = cliArgsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join(".") || "command"}: ${issue?.message}\n${USAGE}`);
  }
  const data = parsed.data;
  if (data.command === "ingest" && (data.file || data.timestamp)) {
    if (data.targets.join() !== "bitnodes") {
      throw new Error(`--file and --timestamp apply to "ingest bitnodes" only\n${USAGE}`);
    }
    if (data.file && data.timestamp)
      throw new Error(`use --file or --timestamp, not both\n${USAGE}`);
  }
  return data;
}
