import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { answerRequest } from "./answer-request";
import { FetchError, fetchParsed } from "./fetcher";

/** Answers over loopback exactly as the API would, one canned response per path. */
const ROUTES: Record<string, { status: number; body: string }> = {
  "/months": {
    status: 200,
    body: JSON.stringify({ months: ["2021-07"], latest: "2021-07", series: [], newest: null }),
  },
  "/malformed": { status: 200, body: JSON.stringify({ months: "2021-07" }) },
  "/gap": { status: 404, body: JSON.stringify({ error: { code: "not_found", message: "none" } }) },
  "/down": {
    status: 503,
    body: JSON.stringify({ error: { code: "store_unavailable", message: "The store is down." } }),
  },
  "/html": { status: 502, body: "<html>Bad gateway</html>" },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ""] ?? { status: 404, body: "{}" };
    res.writeHead(route.status, { "content-type": "application/json" }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("fetchParsed", () => {
  test("parses a response with the named schema, loaded on first use", async () => {
    const data = await fetchParsed(`${base}/months`, "monthsSchema");
    expect(data?.latest).toBe("2021-07");
    expect(data?.months).toEqual(["2021-07"]);
  });

  test("a response the schema refuses is an error, not data", async () => {
    const error = await fetchParsed(`${base}/malformed`, "monthsSchema").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe("parse");
  });

  test("a 404 is a gap only where the caller says so", async () => {
    expect(await fetchParsed(`${base}/gap`, "sharesSchema", { notFoundIsGap: true })).toBeNull();
    const error = await fetchParsed(`${base}/gap`, "sharesSchema").catch((e: unknown) => e);
    expect((error as FetchError).status).toBe(404);
  });

  test("the API's own error code and message come through; a non-JSON error body still fails clearly", async () => {
    const down = await fetchParsed(`${base}/down`, "monthsSchema").catch((e: unknown) => e);
    expect(down).toMatchObject({ status: 503, code: "store_unavailable" });
    expect((down as Error).message).toBe("The store is down.");
    const html = await fetchParsed(`${base}/html`, "monthsSchema").catch((e: unknown) => e);
    expect(html).toMatchObject({ status: 502, code: "http" });
  });
});

describe("answerRequest (the parse worker's reply, run here without a worker)", () => {
  const ask = (path: string, notFoundIsGap = false) =>
    answerRequest({ id: 7, url: `${base}${path}`, schemaName: "monthsSchema", notFoundIsGap });

  test("carries the parsed data and the request's id", async () => {
    const reply = await ask("/months");
    expect(reply).toMatchObject({ id: 7, ok: true });
    expect(reply.ok && (reply.data as { latest: string }).latest).toBe("2021-07");
  });

  test("an answer the schema refuses becomes an error reply, not data", async () => {
    expect(await ask("/malformed")).toMatchObject({ id: 7, ok: false, code: "parse" });
  });

  test("the API's own error code and message cross to the page", async () => {
    expect(await ask("/down")).toEqual({
      id: 7,
      ok: false,
      status: 503,
      code: "store_unavailable",
      message: "The store is down.",
    });
  });

  test("a 404 is a gap only where asked; an unreachable server is a network error", async () => {
    expect(await ask("/gap", true)).toEqual({ id: 7, ok: true, data: null });
    expect(await ask("/gap")).toMatchObject({ ok: false, status: 404 });
    const down = await answerRequest({
      id: 8,
      url: "http://127.0.0.1:9/months",
      schemaName: "monthsSchema",
      notFoundIsGap: false,
    });
    expect(down).toMatchObject({ id: 8, ok: false, status: 0, code: "network" });
  });
});
