import { afterEach, describe, expect, test } from "vitest";
import { SourceError } from "./errors";
import { type FetchOptions, parseRetryAfter, politeFetch } from "./fetch";
import { faults, json, type ReplayServer, startReplayServer } from "./testing";

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function recordingOptions(extra: Partial<FetchOptions> = {}) {
  const waits: number[] = [];
  const options: FetchOptions = {
    sourceId: "test",
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...extra,
  };
  return { waits, options };
}

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe("politeFetch", () => {
  test("returns the body and validators of a 200 answer", async () => {
    server = await startReplayServer({ "/a": json('{"ok":1}', 200, { etag: '"v1"' }) });
    const result = await politeFetch(`${server.url}/a`, { sourceId: "test" });
    expect(result.notModified).toBe(false);
    if (!result.notModified) {
      expect(result.body.toString()).toBe('{"ok":1}');
      expect(result.etag).toBe('"v1"');
    }
  });

  test("sends If-None-Match and reports 304 as not modified", async () => {
    let seen: string | undefined;
    server = await startReplayServer({
      "/a": (req, res) => {
        seen = req.headers["if-none-match"] as string | undefined;
        res.writeHead(304).end();
      },
    });
    const result = await politeFetch(`${server.url}/a`, { sourceId: "test", etag: '"v1"' });
    expect(seen).toBe('"v1"');
    expect(result.notModified).toBe(true);
  });

  test("waits as long as Retry-After says on 429, then succeeds", async () => {
    let calls = 0;
    server = await startReplayServer({
      "/a": (req, res) => {
        calls += 1;
        (calls === 1 ? faults.status(429, "", { "retry-after": "7" }) : json("{}"))(req, res);
      },
    });
    const { waits, options } = recordingOptions();
    await politeFetch(`${server.url}/a`, options);
    expect(waits).toEqual([7000]);
  });

  test("retries a 500 with growing backoff and then gives up with an http error", async () => {
    server = await startReplayServer({ "/a": faults.status(500) });
    const { waits, options } = recordingOptions({ retries: 2, backoffMs: 100 });
    const error = await failure(politeFetch(`${server.url}/a`, options));
    expect(error.kind).toBe("http");
    expect(error.status).toBe(500);
    expect(waits).toEqual([100, 200]);
    expect(server.requests).toHaveLength(3);
  });

  test("does not retry a 404", async () => {
    server = await startReplayServer({});
    const { waits, options } = recordingOptions();
    const error = await failure(politeFetch(`${server.url}/missing`, options));
    expect(error.status).toBe(404);
    expect(waits).toEqual([]);
  });

  test.each([401, 403])("never retries a %i, and quotes no credentials", async (status) => {
    server = await startReplayServer({ "/a": faults.status(status) });
    const { waits, options } = recordingOptions({ retries: 3 });
    const url = server.url.replace("http://", "http://atlas:pw-s3cret@");
    const error = await failure(politeFetch(`${url}/a?api_key=k3y`, options));
    expect(error.status).toBe(status);
    expect(error.message).toMatch(/credentials refused/);
    expect(error.message).not.toMatch(/pw-s3cret|k3y/);
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  test("reports a connection reset as a network error", async () => {
    server = await startReplayServer({ "/a": faults.reset() });
    const error = await failure(
      politeFetch(`${server.url}/a`, recordingOptions({ retries: 0 }).options),
    );
    expect(error.kind).toBe("network");
  });

  test("gives up on a stalled answer with a timeout error", async () => {
    server = await startReplayServer({ "/a": faults.hang() });
    const { options } = recordingOptions({ retries: 0, timeoutMs: 200 });
    const error = await failure(politeFetch(`${server.url}/a`, options));
    expect(error.kind).toBe("timeout");
  });

  test("refuses a body over the size cap while it streams", async () => {
    server = await startReplayServer({ "/a": faults.huge(50 * 1024 * 1024) });
    const { options } = recordingOptions({ retries: 0, maxBytes: 1024 * 1024 });
    const error = await failure(politeFetch(`${server.url}/a`, options));
    expect(error.kind).toBe("size");
  });

  test("refuses a declared Content-Length over the cap without reading it", async () => {
    server = await startReplayServer({ "/a": json(Buffer.alloc(4096, 0x20)) });
    const { options } = recordingOptions({ retries: 0, maxBytes: 1024 });
    expect((await failure(politeFetch(`${server.url}/a`, options))).kind).toBe("size");
  });

  test("does not wait for a Retry-After beyond the allowed maximum", async () => {
    server = await startReplayServer({ "/a": faults.status(429, "", { "retry-after": "86400" }) });
    const { waits, options } = recordingOptions();
    expect((await failure(politeFetch(`${server.url}/a`, options))).status).toBe(429);
    expect(waits).toEqual([]);
  });
});

test("parseRetryAfter reads delta-seconds and HTTP dates", () => {
  expect(parseRetryAfter("3")).toBe(3000);
  expect(parseRetryAfter("Wed, 25 Nov 2026 20:00:10 GMT", Date.parse("2026-11-25T20:00:00Z"))).toBe(
    10_000,
  );
  expect(parseRetryAfter("soon")).toBeNull();
});
