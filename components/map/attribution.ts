/** One credit: text with the publisher's link inside. */
interface Credit {
  what: string;
  link: { text: string; href: string };
  after: string;
}

/**
 * Attribution for every dataset the map can draw, shown under the map (and stamped on the
 * image download). Constants: nothing from the API goes in here.
 */
export const MAP_CREDITS: readonly Credit[] = [
  {
    what: "Countries",
    link: { text: "Natural Earth", href: "https://www.naturalearthdata.com/" },
    after: " via world-atlas",
  },
  {
    what: "Hashrate",
    link: { text: "CBECI", href: "https://ccaf.io/cbnsi/cbeci/mining_map" },
    after:
      " © Cambridge Centre for Alternative Finance, CC BY-NC-SA 4.0; Hashrate Index © Luxor (as reported)",
  },
  {
    what: "Nodes",
    link: { text: "Bitnodes", href: "https://bitnodes.io/" },
    after: " and our own crawl; IP geolocation by DB-IP (CC BY 4.0)",
  },
  {
    what: "Pools",
    link: { text: "mempool/mining-pools", href: "https://github.com/mempool/mining-pools" },
    after: " (MIT)",
  },
];
