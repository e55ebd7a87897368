import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Store } from "../store/db";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { enqueueDeliveries, insertWebhook, listDeliveries } from "../store/webhooks";
import { deliverDue } from "./deliver";
import { postSigned } from "./post-signed";
import { verifySignature } from "./webhook-signature";

interface Received {
  body: string;
  verified: boolean;
}

/** A real webhook receiver on loopback that answers with the scripted status codes in turn. */
async function startReceiver(
  secret: string,
  statuses: number[],
): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const verified = verifySignature({
        secret,
        signature: req.headers["x-atlas-signature"] as string,
        timestamp: req.headers["x-atlas-timestamp"] as string,
        body,
        nowSeconds: Math.floor(Date.now() / 1000),
      });
      received.push({ body, verified });
      const status = statuses.shift() ?? 200;
      res.writeHead(status, status === 302 ? { Location: "http://127.0.0.1:1/elsewhere" } : {});
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
  };
}

describe.each(STORE_DIALECTS)("webhook delivery on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const secret = "a-long-enough-secret";
  let clock: Date;
  const opts = () => ({
    allowPrivate: true,
    now: () => clock,
    baseBackoffMs: 1000,
    maxAttempts: 3,
    offline: false,
    secretKey: null,
  });

  beforeEach(() => {
    store = current();
    clock = new Date();
  });
  afterEach(() => new Promise<void>((r) => receiver.server.close(() => r())));

  test("signs each delivery and retries with backoff after a 500", async () => {
    receiver = await startReceiver(secret, [500, 200]);
    const hook = await insertWebhook(
      store.db,
      { url: receiver.url, secret, events: ["country_share_change"] },
      clock.toISOString(),
      null,
    );
    await enqueueDeliveries(
      store.db,
      "country_share_change",
      null,
      '{"type":"alert"}',
      clock.toISOString(),
    );

    expect(await deliverDue(store.db, opts())).toEqual({ delivered: 0, failed: 1, held: 0 });
    // not due again until the backoff has passed
    expect(await deliverDue(store.db, opts())).toEqual({ delivered: 0, failed: 0, held: 0 });
    clock = new Date(clock.getTime() + 1000);
    expect(await deliverDue(store.db, opts())).toEqual({ delivered: 1, failed: 0, held: 0 });

    expect(receiver.received.map((r) => r.verified)).toEqual([true, true]);
    expect(receiver.received[1]?.body).toBe('{"type":"alert"}');
    const [log] = await listDeliveries(store.db, hook.id);
    expect(log).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200 });
  });

  test("gives up after the last attempt and keeps the log", async () => {
    receiver = await startReceiver(secret, [503, 503, 503]);
    const hook = await insertWebhook(
      store.db,
      { url: receiver.url, secret, events: ["test"] },
      clock.toISOString(),
      null,
    );
    await enqueueDeliveries(store.db, "test", null, "{}", clock.toISOString());
    for (let i = 0; i < 3; i += 1) {
      await deliverDue(store.db, opts());
      clock = new Date(clock.getTime() + 60_000);
    }
    const [log] = await listDeliveries(store.db, hook.id);
    expect(log).toMatchObject({
      status: "failed",
      attempts: 3,
      lastStatusCode: 503,
      lastError: "HTTP 503",
    });
  });

  test("does not follow redirects", async () => {
    receiver = await startReceiver(secret, [302]);
    await insertWebhook(
      store.db,
      { url: receiver.url, secret, events: ["test"] },
      clock.toISOString(),
      null,
    );
    await enqueueDeliveries(store.db, "test", null, "{}", clock.toISOString());
    expect(await deliverDue(store.db, { ...opts(), maxAttempts: 1 })).toEqual({
      delivered: 0,
      failed: 1,
      held: 0,
    });
    expect(receiver.received.length).toBe(1);
  });
});

describe.each(STORE_DIALECTS)("concurrent senders on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  test("two workers sending at once deliver each webhook call once", async () => {
    const store = current();
    const receiver = await startReceiver("a-long-enough-secret", []);
    try {
      const now = new Date();
      await insertWebhook(
        store.db,
        { url: receiver.url, secret: "a-long-enough-secret", events: ["test"] },
        now.toISOString(),
        null,
      );
      await enqueueDeliveries(store.db, "test", null, "{}", now.toISOString());
      const opts = { allowPrivate: true, now: () => now, offline: false, secretKey: null };
      const results = await Promise.all([deliverDue(store.db, opts), deliverDue(store.db, opts)]);
      expect(results.reduce((a, r) => a + r.delivered, 0)).toBe(1);
      expect(receiver.received.length).toBe(1);
    } finally {
      await new Promise<void>((r) => receiver.server.close(() => r()));
    }
  });
});

describe("postSigned to real receivers", () => {
  test("delivers to a host name (the connection's DNS lookup answers every address family)", async () => {
    const receiver = await startReceiver("s", []);
    try {
      const url = receiver.url.replace("127.0.0.1", "localhost");
      const result = await postSigned(url, "s", "{}", {
        allowPrivate: true,
        now: () => new Date(),
      });
      expect(result).toEqual({ statusCode: 200, error: null });
      expect(receiver.received[0]?.verified).toBe(true);
    } finally {
      await new Promise<void>((r) => receiver.server.close(() => r()));
    }
  });

  test("gives up on a receiver that trickles its answer", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(timer));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const result = await postSigned(url, "s", "{}", {
        allowPrivate: true,
        now: () => new Date(),
        timeoutMs: 500,
      });
      expect(result).toEqual({ statusCode: null, error: "timed out" });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe("postSigned without private targets allowed", () => {
  const refuse = { allowPrivate: false, now: () => new Date(), timeoutMs: 2000 };
  test.each([
    "http://127.0.0.1:9/hook",
    "http://10.0.0.1/hook",
    "http://[::1]:9/hook",
    "http://169.254.169.254/latest/meta-data",
  ])("refuses %s before connecting", async (url) => {
    expect((await postSigned(url, "s", "{}", refuse)).error).toMatch(/refused/);
  });
  test("refuses a hostname that resolves to loopback at connection time", async () => {
    expect((await postSigned("http://localhost:9/hook", "s", "{}", refuse)).error).toMatch(
      /refused: localhost resolves to non-public/,
    );
  });
});
