/**
 * The URL's parameter names for the view of `/`, declared once: the page, the snapshot API and
 * the link migrations all use these.
 */
export const PARAM = {
  month: "m",
  definition: "gs",
  layers: "l",
  compare: "cmp",
  country: "c",
  lat: "lat",
  lon: "lon",
  zoom: "z",
  /** The evidence model's assumptions (lib/core/assumptions.ts) and "show the estimate". */
  efficiency: "eff",
  pue: "pue",
  window: "win",
  estimate: "est",
} as const;

/** Every parameter the view reads: today's names and those old links still carry (migrations.ts). */
export const VIEW_PARAMS: readonly string[] = [...Object.values(PARAM), "v"];

/** Parameters other sites add to links we are given; they are not ours to complain about. */
export const FOREIGN_PARAM = /^(utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|ref)$/;

export const LAYERS = ["shares", "nodes", "pools", "sites"] as const;
