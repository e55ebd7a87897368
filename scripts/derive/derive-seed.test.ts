import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { monthRange } from "../../lib/core/month";
import {
  seedClaimsFileSchema,
  seedFleetFileSchema,
  seedManifestSchema,
  seedMinersFileSchema,
  seedNetworkFileSchema,
  seedNodeCountryCountsFileSchema,
  seedNodesFileSchema,
  seedPoolHistoryFileSchema,
  seedPoolsFileSchema,
  seedRegulatorFileSchema,
  seedSharesFileSchema,
  seedSitesFileSchema,
} from "../../lib/seed/schema";
import type { DerivedFile } from "./files";
import { deriveAll } from "./index";
import { DEFAULT_RAW_DIR, REPO_ROOT } from "./paths";

/**
 * Runs the whole derivation on the real raw files (when ../shared/data/raw is present) and
 * compares with what is committed, so the seed can never drift from the script that makes it.
 */

const committed = (path: string) => readFileSync(join(REPO_ROOT, path), "utf8");
const json = (path: string): unknown => JSON.parse(committed(path));

describe.skipIf(!existsSync(DEFAULT_RAW_DIR))("derive-seed on the real raw files", () => {
  const files: DerivedFile[] = existsSync(DEFAULT_RAW_DIR) ? deriveAll(DEFAULT_RAW_DIR) : [];

  test("reproduces every committed seed and definition file byte for byte", () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      "data/definitions/g77.json",
      "data/definitions/unctad-ex-china.json",
      "data/definitions/unctad-legacy.json",
      "data/definitions/unctad.json",
      "data/pool-locations.csv",
      "data/regions.json",
      "data/seed/README.md",
      "data/seed/bitnodes-2022-03-18.json",
      "data/seed/cbeci-country-shares.json",
      "data/seed/dsn-nodes-by-country-2024-11-2025-10.json",
      "data/seed/fixed-seeds-2024-08.json",
      "data/seed/fixed-seeds-2025-03.json",
      "data/seed/fleet-efficiency.json",
      "data/seed/hashrate-index-reported.json",
      "data/seed/manifest.json",
      "data/seed/mempool-pools-1w-2025-04-02.json",
      "data/seed/mining-sites.json",
      "data/seed/network-hashrate-monthly.json",
      "data/seed/pool-history-2020-01-2026-02.json",
      "data/seed/pool-registry.json",
      "data/seed/pool-servers.json",
      "data/seed/public-miners.json",
      "data/seed/published-estimates-2022-2026.json",
      "data/seed/regulator-figures.json",
      "data/seed/reported-hashrate-index-as-reported-by-reuters-2025-10.json",
      "data/seed/reported-minermetrics-2023-11.json",
      "lib/sources/bitnodes/fixtures/crawler-export/1647591363.json",
      "lib/sources/bitnodes/fixtures/listing.constructed.json",
      "lib/sources/bitnodes/fixtures/snapshot-1647591363.5-field.json",
      "lib/sources/bitnodes/fixtures/snapshot-1647591363.trimmed.json",
      "lib/sources/fleet-efficiency/fixtures/fleet_efficiency.cbeci.trimmed.csv",
      "lib/sources/mempool/fixtures/hashrate-pools.constructed.json",
      "lib/sources/mempool/fixtures/hashrate.constructed.json",
      "lib/sources/mempool/fixtures/pools-1w.trimmed.json",
      "lib/sources/network-hashrate/fixtures/btc_network_daily.coinmetrics.trimmed.csv",
      "lib/sources/pool-registry/fixtures/pool-list.trimmed.json",
      "lib/sources/public-miners/fixtures/public_miner_hashrate.trimmed.csv",
      "lib/sources/published-estimates/fixtures/published_estimates.trimmed.csv",
      "lib/sources/regulator/fixtures/energy_regulator_figures.trimmed.csv",
      "lib/sources/sites/fixtures/mining_sites.trimmed.csv",
    ]);
    for (const file of files) {
      expect(
        committed(file.path) === file.content,
        `${file.path} differs: run npm run derive-seed`,
      ).toBe(true);
    }
  });

  test("is deterministic", () => {
    expect(deriveAll(DEFAULT_RAW_DIR)).toEqual(files);
  });
});

describe("committed seed", () => {
  test("CBECI: all 290 rows, 29 months, Mainland China 2019-09 is exactly 0.7553", () => {
    const cbeci = seedSharesFileSchema.parse(json("data/seed/cbeci-country-shares.json"));
    expect(cbeci.rows).toHaveLength(290);
    expect(new Set(cbeci.rows.map((r) => r.month)).size).toBe(29);
    const china = cbeci.rows.find((r) => r.month === "2019-09" && r.label === "Mainland China");
    expect(china).toMatchObject({ country: "CN", share: 0.7553, hashrateEhs: 66.76 });
    const july = cbeci.rows.find((r) => r.month === "2021-07" && r.country === "CN");
    expect(july?.share).toBe(0);
  });

  test("Hashrate Index: 13 figures, the July map at the 30 June it describes, the May map (no data date) at its publication month", () => {
    const hi = seedSharesFileSchema.parse(json("data/seed/hashrate-index-reported.json"));
    expect(hi.method).toBe("reported");
    expect(hi.rows).toHaveLength(13);
    expect([...new Set(hi.rows.map((r) => r.month))]).toEqual(["2025-05", "2025-06"]);
    expect(hi.rows.every((r) => r.country !== null)).toBe(true);
    const may = hi.rows.find((r) => r.month === "2025-05");
    expect(may?.caveat).toMatch(/no data date: placed at its publication month \(May 2025\)/);
    const june = hi.rows.find((r) => r.month === "2025-06");
    expect(june?.caveat).toMatch(/^describes 30 Jun 2025; published July 2025/);
  });

  test("Bitnodes: 15083 nodes, every one counted once, none placed at (0,0)", () => {
    const nodes = seedNodesFileSchema.parse(json("data/seed/bitnodes-2022-03-18.json"));
    const { snapshot } = nodes;
    expect(snapshot.total).toBe(15083);
    expect(snapshot.unlocated).toEqual({
      tor: 8185,
      i2p: 0,
      cjdns: 0,
      ipv4: 3,
      ipv6: 0,
      unknown: 0,
    });
    const located = nodes.countries.reduce((sum, [, n]) => sum + n, 0);
    expect(located + 8188).toBe(15083);
    expect(nodes.countries.slice(0, 3)).toEqual([
      ["US", 1866],
      ["DE", 1466],
      ["FR", 534],
    ]);
    expect(nodes.locations.reduce((sum, l) => sum + l[3], 0)).toBe(located);
    expect(nodes.locations.some(([lat, lon]) => lat === 0 && lon === 0)).toBe(false);
  });

  test("evidence of the 2026-12-06 release: 85 site facts, 167 regulators' figures, 58 claims; MinerMetrics 2023-11 and Hashrate Index via Reuters 2025-10 make months", () => {
    const sites = seedSitesFileSchema.parse(json("data/seed/mining-sites.json")).rows;
    expect(sites).toHaveLength(85);
    expect(sites.filter((f) => f.mwBasis === "energized_load")).toHaveLength(11);
    expect(sites.filter((f) => f.confidence === "low")).toHaveLength(10);
    const regulator = seedRegulatorFileSchema.parse(json("data/seed/regulator-figures.json")).rows;
    expect(regulator).toHaveLength(167);
    expect(regulator.filter((f) => f.role === "energy")).toHaveLength(4);
    const eep = regulator.find((f) => f.country === "ET" && f.role === "energy");
    expect([eep?.periodStart, eep?.periodEnd]).toEqual(["2023-07-08", "2024-07-07"]);
    const claims = seedClaimsFileSchema.parse(json("data/seed/published-estimates-2022-2026.json"));
    expect(claims.rows).toHaveLength(58);
    const mm = seedSharesFileSchema.parse(json("data/seed/reported-minermetrics-2023-11.json"));
    expect(mm.rows.every((r) => r.month === "2023-11")).toBe(true);
    expect(mm.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(0.569, 9);
    // Its group figures come with it; "North America + Asia" is not an M49 name, so it does not.
    expect(mm.aggregates?.map((a) => [a.label, a.share])).toEqual([
      ["United States + China + Russia", 0.67],
      ["Africa", 0.022],
    ]);
    expect(mm.aggregates?.[1]?.members).toContain("ET");
    const reuters = seedSharesFileSchema.parse(
      json("data/seed/reported-hashrate-index-as-reported-by-reuters-2025-10.json"),
    );
    expect(reuters.rows.map((r) => r.country)).toEqual(["US", "RU", "CN"]);
    // Low-confidence claims (e.g. the unattributed Q4-2025 list) never become shares.
    expect(claims.rows.filter((c) => c.confidence === "low").length).toBeGreaterThan(10);
  });

  test("estimate inputs: network hashrate by month with day counts, CBECI's band to May 2025, 190 miners' figures", () => {
    const network = seedNetworkFileSchema.parse(json("data/seed/network-hashrate-monthly.json"));
    // Coin Metrics, January 2024: the mean of 31 daily values (hand: 521.315 EH/s with awk).
    expect(network.rows.find((r) => r.month === "2024-01")).toEqual({
      month: "2024-01",
      ehs: 521.315,
      days: 31,
    });
    // The series ends on 2026-06-01: one day is fewer than 20, so June 2026 has no value.
    expect(network.rows.at(-1)).toEqual({ month: "2026-06", ehs: null, days: 1 });
    const fleet = seedFleetFileSchema.parse(json("data/seed/fleet-efficiency.json")).rows;
    expect(fleet).toHaveLength(77);
    expect(fleet.find((r) => r.month === "2024-01")).toMatchObject({ low: 16, high: 65.9677 });
    expect(fleet.at(-1)).toMatchObject({ month: "2025-05", days: 11 });
    const miners = seedMinersFileSchema.parse(json("data/seed/public-miners.json")).rows;
    expect(miners).toHaveLength(190);
    expect(miners.filter((m) => m.basis === "target")).toHaveLength(22);
  });

  test("pool registry: 168 pools with unique slugs", () => {
    const { pools } = seedPoolsFileSchema.parse(json("data/seed/pool-registry.json"));
    expect(pools).toHaveLength(168);
    expect(new Set(pools.map((p) => p.slug)).size).toBe(168);
  });

  test("pool history: every month 2020-01 … 2026-02; 2024-04 holds the raw table's 4,407 blocks", () => {
    const history = seedPoolHistoryFileSchema.parse(
      json("data/seed/pool-history-2020-01-2026-02.json"),
    );
    expect(history.months).toHaveLength(74);
    expect(history.months[0]?.month).toBe("2020-01");
    expect(history.months.at(-1)?.month).toBe("2026-02");
    for (const m of history.months)
      expect(
        m.rows.reduce((a, [, n]) => a + n, 0),
        m.month,
      ).toBe(m.blocks);
    expect(history.months.reduce((a, m) => a + m.blocks, 0)).toBe(328_090);
    const halving = history.months.find((m) => m.month === "2024-04");
    expect(halving?.blocks).toBe(4407);
    // Braiins keeps one slug across the upstream's 2024-11 change of source (slushpool → braiinspool).
    const slugs = new Set(history.months.flatMap((m) => m.rows.map(([slug]) => slug)));
    expect(slugs.has("slushpool")).toBe(false);
    expect(history.months.find((m) => m.month === "2025-01")?.rows.map(([s]) => s)).toContain(
      "braiinspool",
    );
  });

  test("DSN: 10 countries × 12 months; fixed seeds: every entry counted once, onion/I2P/CJDNS unlocated", () => {
    const dsn = seedNodeCountryCountsFileSchema.parse(
      json("data/seed/dsn-nodes-by-country-2024-11-2025-10.json"),
    );
    expect(dsn.months.map((m) => m.month)).toEqual(monthRange("2024-11", "2025-10"));
    expect(dsn.months.every((m) => m.countries.length === 10)).toBe(true);
    expect(dsn.months.filter((m) => m.partial !== null).map((m) => m.month)).toEqual([
      "2024-11",
      "2025-10",
    ]);
    for (const [file, total, cjdns] of [
      ["fixed-seeds-2024-08.json", 2056, 8],
      ["fixed-seeds-2025-03.json", 2031, 10],
    ] as const) {
      const seeds = seedNodesFileSchema.parse(json(`data/seed/${file}`));
      expect(seeds.source.id).toBe("fixed-seeds");
      expect(seeds.snapshot.total).toBe(total);
      expect(seeds.snapshot.unlocated).toMatchObject({ tor: 512, i2p: 512, cjdns });
      const located = seeds.countries.reduce((a, [, n]) => a + n, 0);
      const unlocated = Object.values(seeds.snapshot.unlocated).reduce((a, n) => a + n, 0);
      expect(located + unlocated).toBe(total);
      expect(seeds.locations.reduce((a, l) => a + l[3], 0)).toBe(located);
    }
  });

  test("manifest lists each seed file with its current SHA-256", async () => {
    const { createHash } = await import("node:crypto");
    const manifest = seedManifestSchema.parse(json("data/seed/manifest.json"));
    expect(manifest.files.map((f) => f.kind).sort()).toEqual([
      "claims",
      "country-shares",
      "country-shares",
      "country-shares",
      "country-shares",
      "fleet-efficiency",
      "miner-figures",
      "mining-sites",
      "network-hashrate",
      "node-country-counts",
      "node-snapshot",
      "node-snapshot",
      "node-snapshot",
      "pool-history",
      "pool-registry",
      "pool-servers",
      "pool-shares",
      "regulator-figures",
    ]);
    for (const f of manifest.files) {
      const sha = createHash("sha256")
        .update(committed(`data/seed/${f.file}`))
        .digest("hex");
      expect(sha, f.file).toBe(f.sha256);
    }
  });
});
