/**
 * Attribution for every dataset the map can draw, shown in the map's corner. Constant strings
 * (Leaflet renders attribution as HTML, so nothing from the API goes in here).
 */
export const MAP_ATTRIBUTION = [
  'Countries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> via world-atlas',
  'Hashrate: <a href="https://ccaf.io/cbnsi/cbeci/mining_map">CBECI</a> © Cambridge Centre for Alternative Finance, CC BY-NC-SA 4.0; Hashrate Index © Luxor (as reported)',
  'Nodes: <a href="https://bitnodes.io/">Bitnodes</a> and our own crawl; IP geolocation by <a href="https://db-ip.com">DB-IP</a> (CC BY 4.0)',
  'Pools: <a href="https://github.com/mempool/mining-pools">mempool/mining-pools</a> (MIT)',
].join(" · ");
