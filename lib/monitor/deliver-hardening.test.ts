import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { deriveSecretKey, type SecretKey } from "../store/secret-box";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import {
  enqueueDeliveries,
  insertWebhook,
  listDeliveries,
  sealPlainSecrets,
} from "../store/webhooks";
import { type DeliveryOptions, deliverDue } from "./deliver";
import { verifySignature } from "./webhook-signature";

/** Secrets sealed at rest, nothing sent while offline, receivers served concurrently. */

const SECRET = "receiver-shared-secret-0123";
const KEY = deriveSecretKey("an operator's ATLAS_SECRET_KEY, 32+ chars long");

interface Receiver {
  url: string;
  verified: boolean[];
  close(): Promise<void>;
}

/** A real receiver; `hold` decides when each request is answered (all at once by default). */
const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver(
  hold: (res: ServerResponse, open: ServerResponse[]) => void = (res) => res.end("ok"),
): Promise<Receiver> {
  const verified: boolean[] = [];
  const open: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      verified.push(
        verifySignature({
          secret: SECRET,
          signature: req.headers["x-atlas-signature"] as string,
          timestamp: req.headers["x-atlas-timestamp"] as string,
          body,
          nowSeconds: Math.floor(Date.now() / 1000),
        }),
      );
      open.push(res);
      hold(res, open);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const started: Receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    verified,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  receivers.push(started);
  return started;
}

describe.each(STORE_DIALECTS)("webhook hardening on %s", (dialect) => {
  const store = useMigratedStore(dialect);
  const now = new Date();
  const opts = (over: Partial<DeliveryOptions> = {}): DeliveryOptions => ({
    allowPrivate: true,
    now: () => now,
    offline: false,
    secretKey: KEY,
    maxAttempts: 1,
    ...over,
  });
  const register = (url: string, key: SecretKey | null = KEY) =>
    insertWebhook(store().db, { url, secret: SECRET, events: ["test"] }, now.toISOString(), key);
  const queue = () => enqueueDeliveries(store().db, "test", null, "{}", now.toISOString());
  const storedSecrets = async () =>
    (await store().db.selectFrom("webhooks").select("secret").execute()).map((r) => r.secret);

  test("a secret is stored sealed and still signs deliveries", async () => {
    const r = await receiver();
    await register(r.url);
    expect(JSON.stringify(await storedSecrets())).not.toContain(SECRET);
    await queue();
    expect(await deliverDue(store().db, opts())).toMatchObject({ delivered: 1 });
    expect(r.verified).toEqual([true]);
  });

  test("without the key (or with another) a sealed secret is never sent unsigned", async () => {
    const r = await receiver();
    const hook = await register(r.url);
    await queue();
    expect(await deliverDue(store().db, opts({ secretKey: null }))).toMatchObject({ failed: 1 });
    await queue();
    const other = deriveSecretKey("a different key that is also long enough");
    expect(await deliverDue(store().db, opts({ secretKey: other }))).toMatchObject({ failed: 1 });
    expect(r.verified).toEqual([]);
    const errors = (await listDeliveries(store().db, hook.id)).map((d) => d.lastError).sort();
    expect(errors).toEqual([
      "not sent: the webhook secret does not open with this ATLAS_SECRET_KEY (was the key changed?)",
      "not sent: the webhook secret is encrypted but ATLAS_SECRET_KEY is not set",
    ]);
  });

  test("secrets registered before the key was set are sealed at start", async () => {
    const r = await receiver();
    await register(r.url, null);
    expect(await storedSecrets()).toEqual([SECRET]);
    expect(await sealPlainSecrets(store().db, KEY)).toBe(1);
    expect(await sealPlainSecrets(store().db, KEY)).toBe(0);
    expect(JSON.stringify(await storedSecrets())).not.toContain(SECRET);
    await queue();
    expect(await deliverDue(store().db, opts())).toMatchObject({ delivered: 1 });
    expect(r.verified).toEqual([true]);
  });

  test("offline, due deliveries stay queued and go out once online", async () => {
    const r = await receiver();
    const hook = await register(r.url);
    await queue();
    expect(await deliverDue(store().db, opts({ offline: true }))).toEqual({
      delivered: 0,
      failed: 0,
      held: 1,
    });
    expect(r.verified).toEqual([]);
    expect((await listDeliveries(store().db, hook.id))[0]).toMatchObject({
      status: "pending",
      attempts: 0,
    });
    expect(await deliverDue(store().db, opts())).toMatchObject({ delivered: 1 });
  });

  test("deliveries run concurrently: a receiver that answers only once three are open gets all three", async () => {
    // Answers nothing until three requests are in flight at once; one at a time would time out.
    const r = await receiver((_res, open) => {
      if (open.length === 3) for (const res of open) res.end("ok");
    });
    for (let i = 0; i < 3; i += 1) await register(r.url);
    await queue();
    expect(await deliverDue(store().db, opts({ concurrency: 3, timeoutMs: 5_000 }))).toMatchObject({
      delivered: 3,
      failed: 0,
    });
  });
});
