import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { signPayload, verifySignature } from "./webhook-signature";

describe("webhook signatures", () => {
  const body = '{"type":"alert"}';

  test("are HMAC-SHA256 of timestamp.body, hex, prefixed sha256=", () => {
    const independent = createHmac("sha256", "k").update(`1700000000.${body}`).digest("hex");
    expect(signPayload("k", 1_700_000_000, body)).toBe(`sha256=${independent}`);
  });

  test("verify with the right secret and a fresh timestamp", () => {
    const signature = signPayload("k", 1_700_000_000, body);
    expect(
      verifySignature({
        secret: "k",
        signature,
        timestamp: "1700000000",
        body,
        nowSeconds: 1_700_000_010,
      }),
    ).toBe(true);
  });

  test("fail for a wrong secret, a changed body, a stale timestamp or a missing header", () => {
    const signature = signPayload("k", 1_700_000_000, body);
    const base = {
      secret: "k",
      signature,
      timestamp: "1700000000",
      body,
      nowSeconds: 1_700_000_010,
    };
    expect(verifySignature({ ...base, secret: "other" })).toBe(false);
    expect(verifySignature({ ...base, body: `${body} ` })).toBe(false);
    expect(verifySignature({ ...base, nowSeconds: 1_700_001_000 })).toBe(false);
    expect(verifySignature({ ...base, signature: null })).toBe(false);
    expect(verifySignature({ ...base, timestamp: "yesterday" })).toBe(false);
  });
});
