import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareStore } from "../../lib/bootstrap/prepare";
import { loadDefinitions } from "../../lib/geo/definitions";
import type { Figure } from "./figure";
import { round, runLoad } from "./http-load";
import { startServer } from "./server";

const REQUESTS = 3000;
const API_CONCURRENCY = 8;
const FLOOD_CLIENTS = 8;
const DEFINITIONS = loadDefinitions().map((d) => d.id);

/**
 * A preview flood: clients looping on `/api/og` with ever-new parameters, each request from another
 * address (a trusted proxy's X-Forwarded-For), so the per-client limit never helps and only the
 * renderer's own bounds (one render at a time, a pause after each, the rest refused at once) stand
 * between the flood and the read API. The figure is `/api/v1/shares` throughput during the flood
 * over the same run without it.
 */
export async function benchPreviewFlood(port: number): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-og-"));
  const dbPath = join(dir, "atlas.db");
  (await prepareStore({ dialect: "sqlite", path: dbPath }, "data/seed")).store.close();
  const server = await startServer(port, { ATLAS_DB_PATH: dbPath, ATLAS_TRUST_PROXY: "1" });
  try {
    const api = `${server.url}/api/v1/shares?month=2019-09`;
    const { months } = (await (await fetch(`${server.url}/api/v1/months`)).json()) as {
      months: string[];
    };
    await runLoad(api, 300, API_CONCURRENCY); // warm-up
    const quiet = await runLoad(api, REQUESTS, API_CONCURRENCY);

    const flood = { running: true, statuses: new Map<number, number>(), seq: 0 };
    const floodClient = async () => {
      while (flood.running) {
        flood.seq += 1;
        const m = months[Math.floor(Math.random() * months.length)];
        const gs = DEFINITIONS[flood.seq % DEFINITIONS.length];
        try {
          const res = await fetch(`${server.url}/api/og?m=${m}&gs=${gs}`, {
            headers: { "x-forwarded-for": `198.18.${(flood.seq >> 8) & 255}.${flood.seq & 255}` },
          });
          await res.arrayBuffer();
          flood.statuses.set(res.status, (flood.statuses.get(res.status) ?? 0) + 1);
        } catch {
          flood.statuses.set(0, (flood.statuses.get(0) ?? 0) + 1);
        }
      }
    };
    const flooding = Promise.all(Array.from({ length: FLOOD_CLIENTS }, floodClient));
    await new Promise((r) => setTimeout(r, 1000)); // let the flood build up
    const underFlood = await runLoad(api, REQUESTS, API_CONCURRENCY);
    flood.running = false;
    await flooding;

    const after = await fetch(`${server.url}/api/og?m=2021-07`);
    const png = Buffer.from(await after.arrayBuffer());
    const stillPng = after.status === 200 && png.subarray(1, 4).toString() === "PNG";
    const ratio = underFlood.rps / quiet.rps;
    const served = flood.statuses.get(200) ?? 0;
    const total = [...flood.statuses.values()].reduce((a, b) => a + b, 0);
    return [
      {
        name: "api_rps_without_flood",
        value: round(quiet.rps, 0),
        unit: "req/s",
        target: null,
        ok: quiet.failures === 0,
      },
      {
        name: "api_rps_under_preview_flood",
        value: round(underFlood.rps, 0),
        unit: "req/s",
        target: null,
        ok: underFlood.failures === 0,
      },
      {
        name: "api_p99_under_preview_flood",
        value: underFlood.p99Ms,
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "api_under_preview_flood_ratio",
        value: round(ratio, 3),
        unit: "ratio",
        target: 0.25,
        ok: ratio >= 0.25,
      },
      { name: "preview_flood_requests", value: total, unit: "requests", target: null, ok: true },
      {
        name: "preview_flood_pngs_served",
        value: served,
        unit: "images",
        target: null,
        // /api/og must keep answering with a PNG during and after the flood.
        ok: served > 0 && stillPng,
      },
    ];
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
