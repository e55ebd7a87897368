/** Moved to lib/geo/network.ts (the live Bitnodes adapter uses it too). */
export * from "../../lib/geo/network";
