import { describe, expect, test } from "vitest";
import {
  redactFields,
  redactSecrets,
  redactUrl,
  splitCredentials,
  underBase,
  urlOrigin,
} from "./redact";

describe("redactUrl", () => {
  test.each([
    ["http://user:password@host/api", "http://user:***@host/api"],
    ["https://tok3n@host/x", "https://***@host/x"],
    ["https://host/x?api_key=abc&month=2021-07", "https://host/x?api_key=***&month=***"],
    // Names a deny-list of secret-looking names would miss.
    [
      "https://host/cb?jwt=eyJhbGciOi&code=4%2F0Ad&sid=s3ss",
      "https://host/cb?jwt=***&code=***&sid=***",
    ],
    ["https://host/x?access_token=abc", "https://host/x?access_token=***"],
    [
      "postgres://atlas@db/atlas?password=hunter2&sslmode=require",
      "postgres://***@db/atlas?password=***&sslmode=***",
    ],
    [
      "https://mempool.space/api/v1/mining/pools/1w",
      "https://mempool.space/api/v1/mining/pools/1w",
    ],
    ["http://us er:pa ss@host", "http://us%20er:***@host/"],
    ["not a url: //user:pw@host", "not a url: //***@host"],
  ])("%s → %s", (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

describe("redactSecrets", () => {
  test("masks every URL and bearer credential inside a message", () => {
    expect(
      redactSecrets(
        'mempool: network error: http://a:b@h1/x: ECONNREFUSED; then "https://h2/?token=t" and Authorization: Bearer abcdef123456',
      ),
    ).toBe(
      'mempool: network error: http://a:***@h1/x: ECONNREFUSED; then "https://h2/?token=***" and Authorization: Bearer ***',
    );
  });

  test("leaves messages without credentials alone", () => {
    const plain =
      "bitnodes: http error: HTTP 503 from https://bitnodes.io/api/v1/snapshots/latest/";
    expect(redactSecrets(plain)).toBe(plain);
  });

  test("reaches strings nested in log fields", () => {
    expect(redactFields({ url: "http://u:p@h/", n: 3, list: ["http://x@h/"] })).toEqual({
      url: "http://u:***@h/",
      n: 3,
      list: ["http://***@h/"],
    });
  });
});

describe("splitCredentials", () => {
  test("turns userinfo into a Basic authorization", () => {
    expect(splitCredentials("http://atlas:p%40ss@host:8080/api")).toEqual({
      url: "http://host:8080/api",
      authorization: `Basic ${Buffer.from("atlas:p@ss").toString("base64")}`,
    });
    expect(splitCredentials("https://host/")).toEqual({
      url: "https://host/",
      authorization: null,
    });
  });
});

describe("upstream URLs as shown", () => {
  test.each([
    ["https://u:p@mempool.lan:8443/api/v1/x?jwt=t0k", "https://mempool.lan:8443/…"],
    ["https://mempool.space", "https://mempool.space"],
    ["https://mempool.space/", "https://mempool.space"],
    ["http://127.0.0.1:8332/wallet/secret-name", "http://127.0.0.1:8332/…"],
  ])("%s is shown as its origin: %s", (url, shown) => {
    expect(urlOrigin(url)).toBe(shown);
  });

  test("a base URL with a path and a query keeps both: the path goes under it, not into the query", () => {
    expect(underBase("https://m.lan/mempool/?key=k", "/api/v1/mining/pools/1w")).toBe(
      "https://m.lan/mempool/api/v1/mining/pools/1w?key=k",
    );
    expect(underBase("https://mempool.space", "/api/v1/x")).toBe("https://mempool.space/api/v1/x");
  });
});
