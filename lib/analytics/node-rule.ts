/**
 * Which node snapshot speaks for a month, declared once: the query (lib/queries/nodes-view.ts),
 * the map's legend, the sources panel, tooltips and the country card all use these words.
 */

/** A node snapshot speaks for a month only if taken within this many days before its end. */
export const NODE_SNAPSHOT_MAX_AGE_DAYS = 92;

/** The rule, as the legend and the sources panel state it. */
export const NODE_RULE = `A month's nodes come from the newest snapshot taken within the ${NODE_SNAPSHOT_MAX_AGE_DAYS} days before the month's end; an older snapshot is named, never shown as the month's.`;

/** The gap, where no snapshot qualifies. */
export const NO_NODE_SNAPSHOT = `no snapshot within the ${NODE_SNAPSHOT_MAX_AGE_DAYS} days before this month's end`;
