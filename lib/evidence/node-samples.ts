/**
 * What the DSN counts are, in the words the map legend and every table use: never a census of a
 * country's nodes.
 */
export const DSN_SCOPE =
  "peers seen by one monitor in Germany, top 10 countries by registry, clearnet";

/** How a fixed-seed snapshot is labelled wherever it is shown: a sample, never a count. */
export const FIXED_SEEDS_LABEL = "curated sample (Bitcoin Core fixed seeds), not all nodes";
