/**
 * How many of the listed pool endpoints have a location, in the words both the map's legend and
 * /sources use, so the two never disagree.
 */
export function endpointsLocated(e: { listed: number; located: number }): string {
  const endpoints = `${e.listed} endpoint${e.listed === 1 ? "" : "s"}`;
  if (e.located === 0)
    return `none of its ${endpoints} located yet (hosts are located by DNS and GeoIP at ingest)`;
  return `${e.located} of its ${endpoints} located`;
}
