import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

/** The Host header decides no absolute URL unless allowed, and never breaks a page. */

function getWithHost(baseURL: string, path: string, host: string) {
  const url = new URL(path, baseURL);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const ogImage = (html: string) =>
  /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? null;

test.describe("absolute URLs and the Host header", () => {
  test("a malformed Host is not an error, and gives no absolute URL", async ({ baseURL }) => {
    for (const host of ["[", "[::1", "a b", "evil.example@127.0.0.1"]) {
      const res = await getWithHost(baseURL as string, "/?m=2021-07", host);
      expect(res.status, host).toBe(200);
      expect(ogImage(res.body), host).toBeNull();
    }
  });

  test("a Host that is not allowed never reaches the page", async ({ baseURL }) => {
    const res = await getWithHost(baseURL as string, "/?m=2021-07", "evil.example");
    expect(res.status).toBe(200);
    expect(res.body).not.toContain("evil.example");
  });

  test("a loopback Host gives the preview card its absolute URL", async ({ baseURL }) => {
    const host = new URL(baseURL as string).host;
    const res = await getWithHost(baseURL as string, "/?m=2021-07", host);
    expect(ogImage(res.body)).toBe(`http://${host}/api/og?m=2021-07`);
  });
});
