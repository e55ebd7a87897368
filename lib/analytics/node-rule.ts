import { NODE_SNAPSHOT_MAX_AGE_DAYS } from "../core/node-window";

/**
 * The node rule in words (its number and test: lib/core/node-window.ts): the map's legend, the
 * sources panel, /methods, tooltips and the country card all use these sentences.
 */

/** The rule, as the legend and the sources panel state it. */
export const NODE_RULE = `A month's nodes come from the newest snapshot taken within the ${NODE_SNAPSHOT_MAX_AGE_DAYS} days before the month's end; an older snapshot is named, never shown as the month's.`;

/** The same rule in one legend line: the full sentence is its hover text. */
export const NODE_RULE_SHORT = `Nodes: the newest snapshot within ${NODE_SNAPSHOT_MAX_AGE_DAYS} days before the month's end; an older one is named, not drawn.`;

/** The gap, where no snapshot qualifies. */
export const NO_NODE_SNAPSHOT = `no snapshot within the ${NODE_SNAPSHOT_MAX_AGE_DAYS} days before this month's end`;
