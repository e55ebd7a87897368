import { describe, expect, test } from "vitest";
import { checkWebhookTarget, systemResolver } from "./webhook-target";

const strict = { allowPrivate: false, resolve: systemResolver };

describe("checkWebhookTarget", () => {
  test.each([
    ["http://127.0.0.1/hook", /127\.0\.0\.1/],
    ["http://10.0.0.1/hook", /10\.0\.0\.1/],
    ["http://[::1]:8080/hook", /::1/],
    ["http://169.254.169.254/latest", /169\.254\.169\.254/],
    ["http://localhost:3000/hook", /localhost resolves to (127\.0\.0\.1|::1)/],
  ])("refuses %s", async (url, reason) => {
    expect(await checkWebhookTarget(url, strict)).toMatch(reason);
  });

  test("refuses a public-looking name that an attacker points at a private address", async () => {
    const resolve = async () => ["93.184.215.14", "192.168.1.1"];
    expect(
      await checkWebhookTarget("https://hooks.example.com/x", { allowPrivate: false, resolve }),
    ).toMatch(/192\.168\.1\.1/);
  });

  test("refuses non-HTTP schemes, credentials and unresolvable names", async () => {
    expect(await checkWebhookTarget("ftp://example.com/x", strict)).toMatch(/http/);
    expect(await checkWebhookTarget("https://u:p@example.com/x", strict)).toMatch(/credentials/);
    const resolve = async (): Promise<string[]> => {
      throw new Error("ENOTFOUND");
    };
    expect(
      await checkWebhookTarget("https://nope.invalid/x", { allowPrivate: false, resolve }),
    ).toMatch(/cannot resolve/);
  });

  test("accepts a public address, and private ones only when explicitly allowed", async () => {
    const resolve = async () => ["93.184.215.14"];
    expect(
      await checkWebhookTarget("https://example.com/hook", { allowPrivate: false, resolve }),
    ).toBeNull();
    expect(
      await checkWebhookTarget("http://127.0.0.1/hook", { allowPrivate: true, resolve }),
    ).toBeNull();
  });

  test("offline (no resolver): looks nothing up, still refuses private literals", async () => {
    const offline = { allowPrivate: false, resolve: null };
    expect(await checkWebhookTarget("https://hooks.example.com/x", offline)).toBeNull();
    expect(await checkWebhookTarget("http://[::ffff:7f00:1]/x", offline)).toMatch(/::ffff:7f00:1/);
    expect(await checkWebhookTarget("http://10.1.2.3/x", offline)).toMatch(/10\.1\.2\.3/);
  });
});
