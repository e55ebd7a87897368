import { z } from "zod";
import { compareText } from "./compare";
import { parseCsv } from "./raw";

/**
 * shared/data/raw/pools/stratum_endpoints_curated.csv (+ our own per-row-sourced HQ facts) →
 * data/pool-locations.csv: one row per pool stratum endpoint with the region its hostname claims,
 * the country that region names (only when it names one), and the pool's HQ country where a
 * public source states it. DNS resolution and GeoIP happen at ingest, not here.
 */

const curatedRowSchema = z.object({
  pool: z.string().min(1),
  host: z.string().min(1),
  port: z.string().regex(/^\d*$/),
  hostname_region_token: z.string(),
  region_inferred_from_hostname: z.string(),
  source_url: z.string().min(1),
});

/** Curated pool names → registry slugs; null = no pool in the registry (dropped, not guessed). */
const CURATED_SLUGS: Record<string, string | null> = {
  "1THash": "1thash",
  AntPool: "antpool",
  "BTC.TOP": "btctop",
  "BTC.com": "btccom",
  "Binance Pool": "binancepool",
  "Braiins Pool": "braiinspool",
  "Braiins Pool (formerly Slush Pool)": "braiinspool",
  EMCD: "emcdpool",
  F2Pool: "f2pool",
  "Foundry USA": "foundryusa",
  "Huobi.pool": "huobipool",
  KanoPool: "kanopool",
  Luxor: "luxor",
  Poolin: "poolin",
  Rawpool: "rawpool",
  SECPOOL: "secpool",
  SigmaPool: "sigmapoolcom",
  "Solo CK": "solock",
  ULTIMUSPOOL: "ultimuspool",
  ViaBTC: "viabtc",
  "unknown (poolhb.com)": null,
};

/** Hostname region labels that name one country; "eu", "asia", "na", "global" name none. */
const REGION_COUNTRY: Record<string, string> = {
  us: "US",
  us1: "US",
  us2: "US",
  "us-east": "US",
  ca: "CA",
  jp: "JP",
  sg: "SG",
  hk: "HK",
  nl: "NL",
  kz: "KZ",
  ir: "IR",
  ru: "RU",
  ru1: "RU",
  ru2: "RU",
  ru3: "RU",
  "ru-west": "RU",
  cn: "CN",
  cn1: "CN",
  bj: "CN",
  cd: "CN",
  sz: "CN",
};

/** Where a pool says it is registered, each with the public page that says so. */
const POOL_HQ: Record<string, { country: string; url: string; note: string }> = {
  foundryusa: {
    country: "US",
    url: "https://foundrydigital.com",
    note: "Foundry Digital LLC, Rochester, New York",
  },
  marapool: {
    country: "US",
    url: "https://www.mara.com",
    note: "MARA Holdings, Inc., Fort Lauderdale, Florida (NASDAQ: MARA)",
  },
  luxor: {
    country: "US",
    url: "https://luxor.tech",
    note: "Luxor Technology Corporation, Seattle, Washington",
  },
  braiinspool: {
    country: "CZ",
    url: "https://braiins.com",
    note: "Braiins (formerly Slush Pool), Prague",
  },
  viabtc: { country: "CN", url: "https://www.viabtc.com", note: "ViaBTC, Shenzhen" },
  antpool: { country: "CN", url: "https://www.antpool.com", note: "operated by Bitmain, Beijing" },
  f2pool: { country: "CN", url: "https://www.f2pool.com", note: "founded in Beijing (2013)" },
  sbicrypto: {
    country: "JP",
    url: "https://sbicrypto.com",
    note: "SBI Crypto, part of SBI Holdings, Tokyo",
  },
};

/** Pools in the bundled mempool sample with no public stratum host we could cite: HQ-only rows. */
const HOSTLESS = ["marapool", "spiderpool"];

const POOL_LOCATION_COLUMNS = [
  "pool_slug",
  "host",
  "port",
  "claimed_region",
  "claimed_country",
  "hq_country",
  "hq_source_url",
  "source_url",
  "note",
] as const;

type Row = Record<(typeof POOL_LOCATION_COLUMNS)[number], string>;

export function derivePoolLocations(
  curatedCsv: string,
  registrySlugs: ReadonlySet<string>,
): string {
  const rows: Row[] = [];
  for (const raw of z.array(curatedRowSchema).parse(parseCsv(curatedCsv))) {
    if (!(raw.pool in CURATED_SLUGS))
      throw new Error(`Pool "${raw.pool}" has no CURATED_SLUGS entry`);
    const slug = CURATED_SLUGS[raw.pool];
    if (!slug) continue;
    if (!registrySlugs.has(slug)) throw new Error(`Slug "${slug}" is not in the pool registry`);
    rows.push(
      row(
        slug,
        raw.host,
        raw.port,
        raw.region_inferred_from_hostname,
        REGION_COUNTRY[raw.hostname_region_token] ?? "",
        raw.source_url.split("; ")[0] ?? "",
        "endpoint from public stratum-watcher configs (2021-2024); may be retired",
      ),
    );
  }
  for (const slug of HOSTLESS) {
    const url = `https://mempool.space/mining/pool/${slug}`;
    rows.push(
      row(slug, "", "", "", "", url, "in the mempool sample; no public stratum host cited"),
    );
  }
  rows.sort(
    (a, b) =>
      compareText(a.pool_slug, b.pool_slug) ||
      compareText(a.host, b.host) ||
      Number(a.port) - Number(b.port),
  );
  return `${POOL_LOCATION_COLUMNS.join(",")}\n${rows.map((r) => POOL_LOCATION_COLUMNS.map((c) => csvField(r[c])).join(",")).join("\n")}\n`;
}

function row(
  slug: string,
  host: string,
  port: string,
  region: string,
  country: string,
  url: string,
  note: string,
): Row {
  const hq = POOL_HQ[slug];
  return {
    pool_slug: slug,
    host,
    port,
    claimed_region: region,
    claimed_country: country,
    hq_country: hq?.country ?? "",
    hq_source_url: hq?.url ?? "",
    source_url: url,
    note: hq ? `${note}; HQ: ${hq.note}` : note,
  };
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
