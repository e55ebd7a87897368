import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as estimateValidation } from "../api/handlers/estimate-validation";
import { GET as estimates } from "../api/handlers/estimates";
import { GET as health } from "../api/handlers/health";
import { GET as months } from "../api/handlers/months";
import { GET as nodes } from "../api/handlers/nodes";
import { GET as shareView } from "../api/handlers/shares";
import { resetEnvCache } from "../env";
import { openGeoIp } from "../geo/geoip";
import { hostOf, networkOfAddress } from "../geo/network";
import { faults, json, type ReplayServer, startReplayServer } from "../http/testing";
import { seedManifestSchema } from "../seed/schema";
import { paths } from "../sources/mempool/client";

/**
 * What an operator relies on, end to end: the real `atlas` command (a child process) against a
 * loopback server replaying real Bitnodes and mempool responses, then the JSON API reading the same
 * database.
 */

const run = promisify(execFile);
const SNAPSHOT = "lib/sources/bitnodes/fixtures/snapshot-1647591363.trimmed.json";
const mempool = (name: string) => json(readFileSync(`lib/sources/mempool/fixtures/${name}`));

let dir: string;
let server: ReplayServer;
let env: NodeJS.ProcessEnv;

/** The bundled seed minus its node snapshot, so node counts can only come from the ingest. */
function seedWithoutNodes(target: string): void {
  mkdirSync(target);
  const manifest = seedManifestSchema.parse(
    JSON.parse(readFileSync("data/seed/manifest.json", "utf8")),
  );
  const files = manifest.files.filter((f) => f.kind !== "node-snapshot");
  for (const f of files) copyFileSync(join("data/seed", f.file), join(target, f.file));
  writeFileSync(join(target, "manifest.json"), JSON.stringify({ ...manifest, files }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-done-"));
  seedWithoutNodes(join(dir, "seed"));
  server = await startReplayServer({
    "/api/v1/snapshots/latest/": json(readFileSync(SNAPSHOT)),
    [paths.pools("1w")]: mempool("pools-1w.trimmed.json"),
    [paths.hashratePools("3y")]: mempool("hashrate-pools.constructed.json"),
    [paths.hashrate("3y")]: mempool("hashrate.constructed.json"),
  });
  env = { ...process.env, ATLAS_DB_PATH: join(dir, "atlas.db"), ATLAS_SEED_DIR: join(dir, "seed") };
  delete env.DATABASE_URL;
  Object.assign(env, {
    ATLAS_OFFLINE: "0",
    ATLAS_BITNODES_URL: server.url,
    ATLAS_MEMPOOL_URL: server.url,
  });
  Object.assign(process.env, {
    ATLAS_DB_PATH: env.ATLAS_DB_PATH,
    ATLAS_SEED_DIR: env.ATLAS_SEED_DIR,
  });
  delete process.env.DATABASE_URL;
  resetEnvCache();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const atlas = (...args: string[]) =>
  run("node_modules/.bin/tsx", ["lib/cli/main.ts", ...args], { env });

describe("atlas ingest against a loopback server", () => {
  test("ingest bitnodes stores the snapshot; /api/v1/nodes reports the counts computed by hand", async () => {
    const { stdout } = await atlas("ingest", "bitnodes");
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { msg: string; changed?: boolean });
    expect(lines.find((l) => l.msg === "ingest finished")?.changed).toBe(true);

    const payload = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as {
      nodes: Record<string, unknown[]>;
    };
    const geo = await openGeoIp();
    const byHand = new Map<string, number>();
    for (const [address, row] of Object.entries(payload.nodes)) {
      const upstream =
        typeof row[7] === "string" && !(row[8] === 0 && row[9] === 0) ? row[7] : null;
      const network = networkOfAddress(address);
      const clearnet = network === "ipv4" || network === "ipv6";
      const country = upstream ?? (clearnet ? geo?.locate(hostOf(address))?.country : undefined);
      if (country) byHand.set(country, (byHand.get(country) ?? 0) + 1);
    }
    const res = await nodes(new Request("http://localhost/api/v1/nodes?month=2022-03"));
    const body = (await res.json()) as {
      snapshot: { total: number };
      countries: { country: string; count: number }[];
    };
    expect(body.snapshot.total).toBe(Object.keys(payload.nodes).length);
    expect(new Map(body.countries.map((c) => [c.country, c.count]))).toEqual(byHand);
  });

  test("ingest mempool adds no month of hashrate shares: pool servers are not miners", async () => {
    const before = await (await months(new Request("http://localhost/api/v1/months"))).json();
    await atlas("ingest", "mempool");
    const res = await months(new Request("http://localhost/api/v1/months"));
    const body = (await res.json()) as {
      series: { month: string; method: string; source: string }[];
    };
    expect(body).toEqual(before);
    expect(body.series.every((s) => s.method === "measured" || s.method === "reported")).toBe(true);
    expect(body.series.find((s) => s.month === "2021-07")?.method).toBe("measured");
  });

  test("a failing upstream: exit code 1, same node counts, /api/health names the source and its error", async () => {
    const nodesNow = async () =>
      (await nodes(new Request("http://localhost/api/v1/nodes?month=2022-03"))).json();
    const before = await nodesNow();
    server.route("/api/v1/snapshots/latest/", faults.html503());
    const failed = await atlas("ingest", "bitnodes").then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/"level":"error".*"source":"bitnodes"/);
    expect(await nodesNow()).toEqual(before);
    const body = (await (await health(new Request("http://localhost/api/health"))).json()) as {
      status: string;
      sources: { id: string; lastError: string | null }[];
    };
    expect(body.status).toBe("degraded");
    expect(body.sources.find((s) => s.id === "bitnodes")?.lastError).toMatch(/HTTP 503/);
  }, 60_000); // the CLI retries a 503 three times with real backoff (about 7 s)
});

describe("atlas import estimates: a newer file of published figures without a release", () => {
  const ESTIMATES = readFileSync(
    "lib/sources/published-estimates/fixtures/published_estimates.trimmed.csv",
    "utf8",
  );
  const shares = async (month: string) =>
    (await shareView(new Request(`http://localhost/api/v1/shares?month=${month}`))).status;

  test("a bad row exits 2 and changes nothing; a good newer file adds the month it makes", async () => {
    const before = await (await months(new Request("http://localhost/api/v1/months"))).json();
    const bad = join(dir, "estimates-bad.csv");
    writeFileSync(bad, ESTIMATES.replace(",medium,", ",certain,"));
    const refused = await atlas("import", "estimates", bad).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stdout).toMatch(/line \d+: confidence: must be one of medium, low/);
    expect(await (await months(new Request("http://localhost/api/v1/months"))).json()).toEqual(
      before,
    );

    // A newer file: a publisher names 60 % of March 2026 in four countries.
    const newer = join(dir, "estimates-newer.csv");
    const row = (country: string, iso: string, pct: string) =>
      `Example Research,Country map,2026-03,,country,${country},${iso},${pct},share of global hashrate,,https://example.org/map,,medium,2026-03-01,2026-03-31`;
    writeFileSync(
      newer,
      `${ESTIMATES}${[row("United States", "US", "35"), row("Russia", "RU", "15"), row("Ethiopia", "ET", "5"), row("Paraguay", "PY", "5")].join("\n")}\n`,
    );
    expect(await shares("2026-03")).toBe(404);
    await atlas("import", "estimates", newer);
    expect(await shares("2026-03")).toBe(200);
    const after = (await (await months(new Request("http://localhost/api/v1/months"))).json()) as {
      series: { month: string; method: string; source: string }[];
    };
    expect(after.series.find((s) => s.month === "2026-03")).toEqual({
      month: "2026-03",
      method: "reported",
      source: "reported-example-research",
    });
  }, 60_000);
});

describe("atlas import miners, and an imported estimate in the validation table", () => {
  const MINERS = readFileSync(
    "lib/sources/public-miners/fixtures/public_miner_hashrate.trimmed.csv",
    "utf8",
  );
  const ESTIMATES = readFileSync(
    "lib/sources/published-estimates/fixtures/published_estimates.trimmed.csv",
    "utf8",
  );
  const validation = async () =>
    (await (
      await estimateValidation(new Request("http://localhost/api/v1/estimates/validation"))
    ).json()) as { rows: { country: string; month: string; share: number; verdict: string }[] };

  test("a bad row exits 2 and changes nothing; a newer file is taken", async () => {
    const before = await (
      await estimates(new Request("http://localhost/api/v1/estimates?month=2024-01&country=PY"))
    ).json();
    const bad = join(dir, "miners-bad.csv");
    writeFileSync(bad, MINERS.replace(",energized,", ",rumoured,"));
    const refused = await atlas("import", "miners", bad).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stdout).toMatch(/line \d+: basis: must be one of operating, energized/);
    expect(
      await (
        await estimates(new Request("http://localhost/api/v1/estimates?month=2024-01&country=PY"))
      ).json(),
    ).toEqual(before);

    // A newer file: a company discloses 3 EH/s operating in Paraguay in January 2024.
    const newer = join(dir, "miners-newer.csv");
    writeFileSync(
      newer,
      `${MINERS}NewCo,NEW,2024-01,PY,Hernandarias,eh_s,3,operating,site,NewCo release,https://example.org/newco,"3 EH/s operating",high\n`,
    );
    await atlas("import", "miners", newer);
    const after = (await (
      await estimates(new Request("http://localhost/api/v1/estimates?month=2024-01&country=PY"))
    ).json()) as { countries: { evidence: { arithmetic: string }[] }[] };
    expect(after.countries[0]?.evidence.map((e) => e.arithmetic).join(" ")).toMatch(
      /NewCo 3\.00 EH\/s \(operating, 2024-01\)/,
    );
  }, 60_000);

  test("an imported published estimate joins the validation table", async () => {
    expect((await validation()).rows.some((r) => r.country === "ET" && r.month === "2024-01")).toBe(
      false,
    );
    const file = join(dir, "estimates-et.csv");
    writeFileSync(
      file,
      `${ESTIMATES}Example Research,Ethiopia study,2024-01,,country,Ethiopia,ET,1.5,share of global hashrate,,https://example.org/et,,medium,2024-01-01,2024-01-31\n`,
    );
    await atlas("import", "estimates", file);
    const row = (await validation()).rows.find((r) => r.country === "ET" && r.month === "2024-01");
    // 1.5 % is above the range EEP's energy gives for January 2024 (0.22–1.08 %).
    expect(row).toMatchObject({ share: 0.015, verdict: "outside" });
  }, 60_000);
});
