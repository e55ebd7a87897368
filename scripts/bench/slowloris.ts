import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareStore } from "../../lib/bootstrap/prepare";
import type { Figure } from "./figure";
import { round } from "./http-load";
import { startServer } from "./server";

/** Half-sent requests the attacker opens (bounded): well over the per-client cap. */
const ATTACK_SOCKETS = 300;
/** The server's headers timeout in this run (ms). */
const HEADERS_TIMEOUT_MS = 3000;
/** Health requests by another client during the attack. */
const PROBES = 50;

/**
 * A slowloris from one address (127.0.0.1) — sockets that send half a
 * request and then nothing — against the production server, while another client (127.0.0.2,
 * another loopback address) asks `/api/health`. Figures: how long the half-sent requests stay
 * open (target: the headers timeout plus its checking interval and a second), how many the
 * per-client cap closed at once, and the other client's health latency meanwhile.
 */
export async function benchSlowloris(port: number): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-slow-"));
  const dbPath = join(dir, "atlas.db");
  (await prepareStore({ dialect: "sqlite", path: dbPath }, "data/seed")).store.close();
  const server = await startServer(port, {
    ATLAS_DB_PATH: dbPath,
    ATLAS_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
  });
  try {
    const attack = await Promise.all(
      Array.from({ length: ATTACK_SOCKETS }, () => halfRequest(port, 20_000)),
    );
    const latencies: number[] = [];
    for (let i = 0; i < PROBES; i += 1) latencies.push(await healthFrom("127.0.0.2", port));
    const outcomes = await Promise.all(attack.map((a) => a.closed));
    const refusedAtOnce = outcomes.filter((o) => o.afterMs < 500).length;
    const heldMs = Math.max(...outcomes.map((o) => o.afterMs));
    const stillOpen = outcomes.filter((o) => !o.closed).length;
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(0.95 * (latencies.length - 1))] ?? 0;
    const limitMs = HEADERS_TIMEOUT_MS + 2000;
    return [
      {
        name: "slowloris_half_request_held",
        value: round(heldMs / 1000, 1),
        unit: "s",
        target: limitMs / 1000,
        ok: stillOpen === 0 && heldMs <= limitMs,
      },
      {
        name: "slowloris_sockets_refused_at_once",
        value: refusedAtOnce,
        unit: `of ${ATTACK_SOCKETS}`,
        target: null,
        ok: true,
      },
      {
        name: "health_p95_during_slowloris",
        value: round(p95, 1),
        unit: "ms",
        target: 100,
        ok: p95 <= 100,
      },
    ];
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One socket that sends half a request; `closed` says when the server closed it (bounded wait). */
async function halfRequest(
  port: number,
  waitMs: number,
): Promise<{ closed: Promise<{ closed: boolean; afterMs: number }> }> {
  const socket: Socket = connect(port, "127.0.0.1");
  const t0 = performance.now();
  socket.on("error", () => {});
  // Read what comes (a 408): a socket that never reads never sees the server's FIN.
  socket.resume();
  socket.on("connect", () =>
    socket.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "),
  );
  const closed = new Promise<{ closed: boolean; afterMs: number }>((resolve) => {
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ closed: false, afterMs: waitMs });
    }, waitMs);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ closed: true, afterMs: performance.now() - t0 });
    });
  });
  return { closed };
}

/** GET /api/health from another loopback address; its latency in ms (a failure counts as 10 s). */
function healthFrom(localAddress: string, port: number): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { host: "127.0.0.1", port, path: "/api/health", localAddress, agent: false, timeout: 10_000 },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode === 200 ? performance.now() - t0 : 10_000));
      },
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(10_000));
    req.end();
  });
}
