import { z } from "zod";

/**
 * The only reader of `process.env`. Everything configurable is declared here, validated once,
 * and documented in `.env.example` and the README.
 */
const envSchema = z.object({
  /** `postgres://…` selects PostgreSQL; unset means the embedded SQLite file below. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Path of the embedded SQLite database (created on first start). */
  ATLAS_DB_PATH: z.string().min(1).default("./var/atlas.db"),
  /** Directory with the committed seed files imported into an empty store. */
  ATLAS_SEED_DIR: z.string().min(1).default("./data/seed"),
  /** How long `/api/health` waits for the database before it reports it as down. */
  ATLAS_DB_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().optional(),
  /**
   * Optional raster tiles under the bundled country shapes, e.g. an operator's own tile server
   * (`https://tiles.example.org/{z}/{x}/{y}.png`). Unset: no tiles, no third-party requests.
   * Its origin must also be allowed by the CSP (next.config.js reads the same variable at build).
   */
  NEXT_PUBLIC_TILE_URL: z.url().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed configuration; throws one readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
