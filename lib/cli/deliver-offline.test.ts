import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prepareStore } from "../bootstrap/prepare";
import type { Store } from "../store/db";
import { SETTING, setSetting } from "../store/settings";
import { enqueueDeliveries, insertWebhook } from "../store/webhooks";

/**
 * Offline and webhooks through the real `atlas` command: an install set offline by `npm start`
 * stays offline for a command run by hand; a command sends webhooks only with `--deliver`;
 * `import --dry-run` says how many alerts the import would raise and writes nothing.
 */
const run = promisify(execFile);
const SITES = "lib/sources/sites/fixtures/mining_sites.trimmed.csv";

let dir: string;
let store: Store;
let receiver: Server;
let hits = 0;
const env: NodeJS.ProcessEnv = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-cli-offline-"));
  const path = join(dir, "atlas.db");
  ({ store } = await prepareStore({ dialect: "sqlite", path }, "data/seed"));
  receiver = createServer((req, res) => {
    req.resume();
    hits += 1;
    res.writeHead(200).end("ok");
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const hook = await insertWebhook(
    store.db,
    { url, secret: "a-long-enough-secret", events: ["x"] },
    new Date().toISOString(),
    null,
  );
  await enqueueDeliveries(store.db, "x", null, "{}", new Date().toISOString(), hook.id);
  Object.assign(env, { ATLAS_DB_PATH: path, ATLAS_ALLOW_PRIVATE_WEBHOOKS: "1" });
  delete env.DATABASE_URL;
  delete env.ATLAS_OFFLINE; // the install's setting decides, as for an operator's shell
});
afterAll(async () => {
  await store.close();
  await new Promise<void>((r) => receiver.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

const atlas = async (...args: string[]) => {
  const { stdout } = await run("node_modules/.bin/tsx", ["lib/cli/main.ts", ...args], {
    env,
    timeout: 60_000,
  });
  return stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
};

describe("webhooks from the atlas command", () => {
  test("an offline install holds deliveries even with --deliver, without ATLAS_OFFLINE in the shell", async () => {
    await setSetting(store.db, SETTING.offline, "1");
    const lines = await atlas(
      "import",
      "regulator",
      "lib/sources/regulator/fixtures/energy_regulator_figures.trimmed.csv",
      "--deliver",
    );
    expect(lines.some((l) => l.msg === "webhook deliveries held while offline")).toBe(true);
    expect(hits).toBe(0);
  }, 90_000);

  test("online, a command sends nothing without --deliver, and sends with it", async () => {
    await setSetting(store.db, SETTING.offline, "0");
    await atlas(
      "import",
      "regulator",
      "lib/sources/regulator/fixtures/energy_regulator_figures.trimmed.csv",
    );
    expect(hits).toBe(0);
    await atlas(
      "import",
      "regulator",
      "lib/sources/regulator/fixtures/energy_regulator_figures.trimmed.csv",
      "--deliver",
    );
    expect(hits).toBe(1);
  }, 90_000);

  test("import --dry-run reports the alerts the import raises, and writes nothing", async () => {
    // The real file plus 25 sites energized in Paraguay: 25 new alerts, over the summary threshold.
    const added = Array.from(
      { length: 25 },
      (_, i) =>
        `newco-${i},NewCo,Site ${i},PY,Hernandarias,-25.41,-54.64,locality,60,,energized,2025-11,,,news,https://example.org/${i},2025-11-03,,energized_load,medium`,
    );
    const file = join(dir, "sites-plus.csv");
    writeFileSync(file, `${readFileSync(SITES, "utf8").trimEnd()}\n${added.join("\n")}\n`);
    const dry = await atlas("import", "sites", file, "--dry-run");
    const report = dry.find((l) => l.msg === "dry run: the file is valid; nothing was written");
    expect(report).toMatchObject({ changed: true, alerts: 25 });
    expect(String(report?.webhooks)).toMatch(/one summary alert/);
    // Nothing was written: the real import still changes the data, and raises those 25 alerts.
    const real = await atlas("import", "sites", file);
    expect(real.find((l) => l.msg === "import finished")).toMatchObject({ changed: true });
    expect(real.find((l) => /new shift alerts/.test(String(l.msg)))).toMatchObject({ count: 25 });
  }, 90_000);
});
