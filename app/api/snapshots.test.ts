import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/api/client";
import { resetEnvCache } from "@/lib/env";
import { GET as getShares } from "./v1/shares/route";
import { GET as getSnapshot } from "./v1/snapshots/[id]/route";
import { POST as postSnapshot } from "./v1/snapshots/route";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-snap-"));
  process.env.ATLAS_DB_PATH = join(dir, "atlas.db");
  delete process.env.DATABASE_URL;
  process.env.ATLAS_TRUST_PROXY = "1"; // behind a proxy: limits apply per client address
  resetEnvCache();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (body: unknown, ip = "203.0.113.9") =>
  postSnapshot(
    new Request("http://localhost/api/v1/snapshots", {
      method: "POST",
      // As the production server sends it on: from a trusted proxy on loopback.
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": ip,
        [CLIENT_ADDRESS_HEADER]: "127.0.0.1",
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
const get = (id: string, query = "") =>
  getSnapshot(new Request(`http://localhost/api/v1/snapshots/${id}${query}`), {
    params: Promise.resolve({ id }),
  });

describe("POST /api/v1/snapshots", () => {
  test("answers 201 with the id and URL, then serves the frozen data immutably", async () => {
    const res = await post({ m: "2019-09", gs: "unctad" });
    expect(res.status).toBe(201);
    const { id, url } = await res.json();
    expect(url).toBe(`/s/${id}`);
    const frozen = await get(id);
    expect(frozen.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = await frozen.json();
    expect(body.shares.rows[0]).toMatchObject({ country: "CN", share: 0.7553 });
    const csv = await (await get(id, "?format=csv")).text();
    expect(csv.split("\r\n")[1]).toBe(
      "2019-09,CN,China,Mainland China,0.7553,measured,cbeci,yes,unctad,",
    );
  });

  test("a snapshot's CSV is the live view's CSV of the same month: the same columns in the same order, the same rows", async () => {
    const res = await post({ m: "2025-06", gs: "g77" }, "198.51.100.24");
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const frozen = (await (await get(id, "?format=csv")).text()).split("\r\n");
    const live = (
      await (
        await getShares(
          new Request("http://localhost/api/v1/shares?month=2025-06&definition=g77&format=csv"),
        )
      ).text()
    ).split("\r\n");
    expect(frozen[0]).toBe(live[0]);
    expect(frozen[0]).toBe(
      "month,country,name,label,share,method,source,global_south,global_south_definition,caveat",
    );
    // The share the source names no country for is a row of both, with the Global South column.
    expect(frozen.filter((l) => l.includes(",Not named by the source,"))).toHaveLength(1);
    expect(frozen).toEqual(live);
  });

  test("keeps the rest of the view (layers, country) so the snapshot links back to the same view", async () => {
    const res = await post(
      { m: "2021-07", gs: "g77", l: "shares,pools", c: "KZ" },
      "198.51.100.50",
    );
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const body = await (await get(id)).json();
    expect(body.view).toEqual({
      m: "2021-07",
      gs: "g77",
      query: "?m=2021-07&gs=g77&l=shares,pools&c=KZ",
    });
  });

  test.each([
    ["an invalid country in the view", { m: "2021-07", c: "kazakhstan" }, 400],
    ["an invalid map view", { m: "2021-07", v: "1,2,999" }, 400],
    ["a malformed month", { m: "2019-13" }, 400],
    ["an unknown definition", { gs: "nope" }, 400],
    ["an unknown key", { m: "2019-09", evil: "x" }, 400],
    ["a huge body", { m: "2019-09", gs: "x".repeat(10_000) }, 413],
    ["malformed JSON", "{", 400],
    ["a month without data", { m: "2015-01" }, 404],
  ])("rejects %s", async (_name, body, status) => {
    const res = await post(body, `198.51.100.${status}`);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toEqual(expect.any(String));
  });

  test("freezes an estimate-only month with its assumptions", async () => {
    const res = await post({ m: "2024-01", gs: "unctad", c: "ET", eff: "20-30" }, "198.51.100.77");
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const body = await (await get(id)).json();
    expect(body.shares).toBeNull();
    expect(body.view.query).toContain("eff=20-30");
    expect(body.estimate.assumptions).toEqual({ eff: "20-30", pue: "1.01-1.2", win: "3" });
    const et = body.estimate.countries.find((c: { iso: string }) => c.iso === "ET");
    // 90.65 MW ÷ (30 × 1.2) and ÷ (20 × 1.01), over 521.3 EH/s.
    expect(et.low).toBeCloseTo(90.65 / 36 / 521.3, 4);
    expect(et.high).toBeCloseTo(90.65 / 20.2 / 521.3, 4);
    expect(et.strongest.arithmetic).toContain("796.28 GWh ÷ 8,784 h = 90.65 MW");
    expect(body.estimate.globalSouth.members).toBeGreaterThan(0);
    const csv = (await (await get(id, "?format=csv")).text()).split("\r\n");
    expect(csv[0]).toBe("month,definition,country,low,high,state,method,global_south,eff,pue,win");
    expect(csv.find((l) => l.startsWith("2024-01,unctad,ET,"))).toMatch(
      /,range,estimated,true,20-30,1\.01-1\.2,3$/,
    );
    // Other assumptions are other figures: another snapshot.
    const cbeci = await (
      await post({ m: "2024-01", gs: "unctad", c: "ET" }, "198.51.100.77")
    ).json();
    expect(cbeci.id).not.toBe(id);
  });

  test("limits snapshot creation per client: 20 created a minute", async () => {
    const months = Array.from({ length: 21 }, (_, i) => {
      const d = new Date(Date.UTC(2019, 8 + i, 1));
      return d.toISOString().slice(0, 7);
    });
    const statuses: number[] = [];
    for (const m of months)
      statuses.push((await post({ m, gs: "unctad-ex-china" }, "192.0.2.77")).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201));
    expect(statuses[20]).toBe(429);
    expect((await post({ m: "2020-01" }, "192.0.2.78")).status).toBe(201); // another client is unaffected
  });

  test("an invalid or repeated request costs a third of a created snapshot", async () => {
    const client = "192.0.2.90";
    // 45 cheap requests (invalid, unknown month, repeats) still leave room for five creations.
    for (let i = 0; i < 15; i += 1) {
      expect((await post("{not json", client)).status).toBe(400);
      expect((await post({ nope: 1 }, client)).status).toBe(400);
      expect((await post({ m: "2019-09" }, client)).status).toBeLessThan(300);
    }
    const created: number[] = [];
    for (const m of ["2021-06", "2021-08", "2021-09", "2021-10", "2021-11"])
      created.push((await post({ m, gs: "g77" }, client)).status);
    expect(created.filter((s) => s === 201 || s === 200)).toHaveLength(5);
    expect((await post("{not json", client)).status).toBe(429);
  });

  test("caps snapshot storage per client and in total, with clear errors", async () => {
    process.env.ATLAS_SNAPSHOTS_PER_CLIENT_DAY = "2";
    resetEnvCache();
    try {
      const client = "192.0.2.120";
      expect((await post({ m: "2020-02", gs: "g77" }, client)).status).toBe(201);
      expect((await post({ m: "2020-03", gs: "g77" }, client)).status).toBe(201);
      const refused = await post({ m: "2020-04", gs: "g77" }, client);
      expect(refused.status).toBe(429);
      expect((await refused.json()).error).toMatchObject({
        code: "snapshot_quota",
        message: expect.stringMatching(/2 snapshots in the last 24 hours/),
      });
      // A snapshot that already exists is served whatever the quota.
      expect((await post({ m: "2020-02", gs: "g77" }, client)).status).toBe(200);

      process.env.ATLAS_SNAPSHOTS_MAX = "1";
      resetEnvCache();
      const full = await post({ m: "2020-05", gs: "g77" }, "192.0.2.121");
      expect(full.status).toBe(507);
      expect((await full.json()).error.code).toBe("storage_full");
    } finally {
      delete process.env.ATLAS_SNAPSHOTS_PER_CLIENT_DAY;
      delete process.env.ATLAS_SNAPSHOTS_MAX;
      resetEnvCache();
    }
  });
});

describe("a cheap way to fill the snapshot cap", () => {
  test("the map position is not part of a snapshot: zoom 2, 2.25, 2.5 … are one snapshot", async () => {
    const ids = new Set<string>();
    const urls: string[] = [];
    for (const z of ["2", "2.25", "2.5", "2.75", "3"]) {
      const res = await post(
        { m: "2019-10", gs: "unctad", lat: "10.00", lon: "20.00", z },
        "192.0.2.200",
      );
      expect([200, 201]).toContain(res.status);
      const { id, url } = await res.json();
      ids.add(id);
      urls.push(url);
    }
    expect(ids.size).toBe(1);
    // Each link keeps its own position, apart from the data.
    expect(urls[1]).toBe(`/s/${[...ids][0]}?lat=10.00&lon=20.00&z=2.25`);
    const body = await (await get([...ids][0] ?? "")).json();
    expect(body.view.query).not.toMatch(/lat|lon|z=/);
  });

  test("the daily quota groups IPv6 clients by /48", async () => {
    process.env.ATLAS_SNAPSHOTS_PER_CLIENT_DAY = "2";
    resetEnvCache();
    try {
      // Three /64s of one /48: one client for storage.
      expect((await post({ m: "2020-06", gs: "g77" }, "2001:db8:aa:1::1")).status).toBe(201);
      expect((await post({ m: "2020-07", gs: "g77" }, "2001:db8:aa:2::1")).status).toBe(201);
      const refused = await post({ m: "2020-08", gs: "g77" }, "2001:db8:aa:3::1");
      expect(refused.status).toBe(429);
      expect((await refused.json()).error.code).toBe("snapshot_quota");
      // Another /48 is another client.
      expect((await post({ m: "2020-08", gs: "g77" }, "2001:db8:bb:1::1")).status).toBe(201);
    } finally {
      delete process.env.ATLAS_SNAPSHOTS_PER_CLIENT_DAY;
      resetEnvCache();
    }
  });

  test("new snapshots have a global hourly rate, whatever the number of addresses", async () => {
    process.env.ATLAS_SNAPSHOTS_PER_HOUR = "1";
    resetEnvCache();
    try {
      // Snapshots were created in the last hour by the tests above: the rate is spent.
      const refused = await post({ m: "2020-09", gs: "g77" }, "198.51.100.201");
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("600");
      expect((await refused.json()).error.code).toBe("snapshot_rate");
    } finally {
      delete process.env.ATLAS_SNAPSHOTS_PER_HOUR;
      resetEnvCache();
    }
  });
});

describe("GET /api/v1/snapshots/{id}", () => {
  test("404 for an unknown id and 400 for a malformed one", async () => {
    expect((await get("A".repeat(27))).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(400);
  });
});
