import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import poolRegistry from "../../data/seed/pool-registry.json";
import { seedPoolsFileSchema } from "../../lib/seed/schema";
import { DEFAULT_RAW_DIR } from "./paths";
import { derivePools, mempoolSlug, slugFor } from "./pools";

const pool = (id: number, name: string) => ({ id, name, addresses: ["a"], tags: [], link: "" });

describe("slugFor", () => {
  test("prefers the legacy slugs map", () => {
    expect(slugFor("Foundry USA", { "Foundry USA": "foundryusa" })).toBe("foundryusa");
  });

  test("otherwise keeps only letters and digits, as mempool.space does", () => {
    expect(mempoolSlug("Carbon Negative")).toBe("carbonnegative");
    expect(slugFor("Portland.HODL", {})).toBe("portlandhodl");
  });

  test("applies a recorded correction and fails when it no longer fits upstream", () => {
    expect(slugFor("EXX&BW", { "EXX&BW": "exx&bw" })).toBe("exx-bw");
    expect(() => slugFor("EXX&BW", { "EXX&BW": "exxbw" })).toThrow(/expects upstream "exx&bw"/);
  });

  test("fails loudly on an upstream slug that is not URL-safe", () => {
    expect(() => slugFor("A/B", { "A/B": "a/b" })).toThrow(/"a\/b"/);
  });
});

describe("derivePools", () => {
  test("fails loudly when two pools get the same slug", () => {
    const v1 = { slugs: { "EXX&BW": "exx&bw", BitcoinIndia: "bitcoinindia" } };
    const v2 = [
      pool(1, "EXX&BW"),
      pool(2, "BitcoinIndia"),
      pool(3, "Big Pool"),
      pool(4, "BigPool"),
    ];
    expect(() => derivePools(v2, v1)).toThrow(/"Big Pool" and "BigPool" both get slug "bigpool"/);
  });

  test("keeps and counts payout addresses and turns an empty link into null", () => {
    const v1 = { slugs: { "EXX&BW": "exx&bw", BitcoinIndia: "bitcoinindia" } };
    const file = derivePools([pool(1, "EXX&BW"), pool(2, "BitcoinIndia")], v1);
    expect(file.pools[0]).toEqual({
      slug: "bitcoinindia-135",
      name: "BitcoinIndia",
      link: null,
      tags: [],
      addressCount: 1,
      addresses: ["a"],
    });
  });
});

const recorded = join(DEFAULT_RAW_DIR, "mempool-api/api_v1_mining_pools_1w.2025-04-02.json");

describe.skipIf(!existsSync(recorded))("seed pool slugs against mempool.space", () => {
  test("match the slugs in a recorded /api/v1/mining/pools/1w response", () => {
    const response = JSON.parse(readFileSync(recorded, "utf8")) as {
      pools: { name: string; slug: string }[];
    };
    const seedSlugs = new Map(
      seedPoolsFileSchema.parse(poolRegistry).pools.map((p) => [p.name, p.slug]),
    );
    const named = response.pools.filter((p) => p.name !== "Unknown");
    expect(named.length).toBeGreaterThan(15);
    for (const p of named) expect(seedSlugs.get(p.name), p.name).toBe(p.slug);
  });
});
