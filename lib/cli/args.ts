import { z } from "zod";
import { INGEST_TARGETS } from "../sources/registry";

/** `atlas` command lines, validated: a typo is an error with usage, never a silent default. */
export const USAGE = `usage:
  npm run atlas -- ingest [bitnodes|mempool|pools|all ...] [--file PATH]
      fetch, validate, geolocate and store; --file reads a saved Bitnodes snapshot
      (API format, or the crawler export named <unix time>.json) instead of fetching
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
});
const importSchema = z.object({ command: z.literal("import"), file: z.string().min(1) });
export const cliArgsSchema = z.discriminatedUnion("command", [ingestSchema, importSchema]);
export type CliArgs = z.infer<typeof cliArgsSchema>;

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? "";
    if (arg === "--file") file = rest[++i] ?? "";
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  const input =
    command === "import"
      ? { command, file: positional[0] ?? "" }
      : { command, targets: positional, ...(file === undefined ? {} : { file }) };
  const parsed = cliArgsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join(".") || "command"}: ${issue?.message}\n${USAGE}`);
  }
  if (
    parsed.data.command === "ingest" &&
    parsed.data.file &&
    parsed.data.targets.join() !== "bitnodes"
  ) {
    throw new Error(`--file applies to "ingest bitnodes" only\n${USAGE}`);
  }
  return parsed.data;
}
