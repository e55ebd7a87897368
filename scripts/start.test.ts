import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";

// Each case starts a whole `tsx` process; on a loaded 2-core machine that alone can take 20 s.
describe("npm start", { timeout: 90_000 }, () => {
  test("exits non-zero with one clear line when PostgreSQL is unreachable", () => {
    const result = spawnSync("npx", ["tsx", "scripts/start.ts"], {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: "postgres://atlas:pw@127.0.0.1:1/atlas",
        ATLAS_DB_TIMEOUT_MS: "2000",
      },
      timeout: 80_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /cannot start: Cannot reach the database at postgres:\/\/atlas:\*\*\*@127\.0\.0\.1:1\/atlas/,
    );
    expect(result.stderr).not.toContain(":pw@");
  });

  test("exits non-zero when DATABASE_URL is not a PostgreSQL URL", () => {
    const result = spawnSync("npx", ["tsx", "scripts/start.ts"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "mysql://localhost/atlas" },
      timeout: 80_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL: DATABASE_URL must be a postgres/);
  });
});
