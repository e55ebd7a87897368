import { beforeAll, expect, test } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { GET as health } from "./health/route";
import { GET as shares } from "./v1/shares/route";

beforeAll(() => {
  process.env.DATABASE_URL = "postgres://atlas:pw@127.0.0.1:1/atlas";
  process.env.ATLAS_DB_TIMEOUT_MS = "1500";
  resetEnvCache();
});

test("health answers 503 'down' when the database cannot be reached", async () => {
  const res = await health(new Request("http://localhost/api/health"));
  expect(res.status).toBe(503);
  const body = await res.json();
  expect(body.status).toBe("down");
  expect(body.db.ok).toBe(false);
  expect(body.db.error).toMatch(/Cannot reach the database/);
  expect(body.db.error).not.toContain("pw@");
});

test("data endpoints answer a JSON 503 rather than a stack trace", async () => {
  const res = await shares(new Request("http://localhost/api/v1/shares?month=2019-09"));
  expect(res.status).toBe(503);
  expect(await res.json()).toEqual({
    error: { code: "db_unavailable", message: "The database is unavailable; try again shortly." },
  });
});
