import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { answerRequest } from "./answer-request";

/** Answers over loopback as the API would: the worker's job, run here without a worker. */
const ROUTES: Record<string, { status: number; body: string }> = {
  "/months": {
    status: 200,
    body: JSON.stringify({ months: ["2021-07"], latest: "2021-07", series: [], newest: null }),
  },
  "/malformed": { status: 200, body: JSON.stringify({ months: "2021-07" }) },
  "/gap": { status: 404, body: JSON.stringify({ error: { code: "not_found", message: "none" } }) },
  "/locked": {
    status: 503,
    body: JSON.stringify({ error: { code: "store_unavailable", message: "The store is busy." } }),
  },
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

const ask = (path: string, notFoundIsGap = false) =>
  answerRequest({ id: 7, url: `${base}${path}`, schemaName: "monthsSchema", notFoundIsGap });

describe("answerRequest (the parse worker's reply)", () => {
  test("carries the parsed data and the request's id", async () => {
    const reply = await ask("/months");
    expect(reply).toMatchObject({ id: 7, ok: true });
    expect(reply.ok && (reply.data as { latest: string }).latest).toBe("2021-07");
  });

  test("an answer the schema refuses becomes an error reply, not data", async () => {
    expect(await ask("/malformed")).toMatchObject({ id: 7, ok: false, code: "parse" });
  });

  test("the API's own error code and message cross to the page", async () => {
    expect(await ask("/locked")).toEqual({
      id: 7,
      ok: false,
      status: 503,
      code: "store_unavailable",
      message: "The store is busy.",
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
