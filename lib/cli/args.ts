import { z } from "zod";
import { INGEST_TARGETS } from "../sources/registry";

/** `atlas` command lines, validated: a typo is an error with usage, never a silent default. */
export const USAGE = `usage:
  npm run atlas -- ingest [bitnodes|mempool|pools|all ...] [--file PATH | --timestamp UNIX]
      fetch, validate, geolocate and store; --file reads a saved Bitnodes snapshot
      (API format, or the crawler export named <unix time>.json) instead of fetching;
      --timestamp fetches that past Bitnodes snapshot instead of the latest
  npm run atlas -- import FILE.csv
      import reported figures (columns month,country,share,source,url); all or nothing`;

const ingestSchema = z.object({
  command: z.literal("ingest"),
  targets: z
    .array(z.enum([...INGEST_TARGETS, "all"]))
    .transform((t) =>
      t.length === 0 || t.includes("all")
        ? [...INGEST_TARGETS]
        : [...new Set(t)].filter((x) => x !== "all"),
    ),
  file: z.string().min(1).optional(),
  timestamp: z.coerce.number().int().positive().optional(),
});
const importSchema = z.object({ command: z.literal("import"), file: z.string().min(1) });
export const cliArgsSchema = z.discriminatedUnion("command", [ingestSchema, importSchema]);
export type CliArgs = z.infer<typeof cliArgsSchema>;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const options: { file?: string; timestamp?: string } = {};
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? "";
    if (arg === "--file") options.file = rest[++i] ?? "";
    else if (arg === "--timestamp") options.timestamp = rest[++i] ?? "";
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  const input =
    command === "import"
      ? { command, file: positional[0] ?? "" }
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
