/**
 * A source "covers" a month when it names countries for at least half of its hashrate. Below
 * that, its figures say more about its gaps than about the month: one imported "US 38 %" must
 * not displace a published estimate that names 90 % of the month's hashrate, a publication that
 * names less makes no reported month, and such a month gets no Global South figure (a gap).
 * The one threshold for all of these.
 */
export const MIN_COVERAGE = 0.5;

/** Whether a source that names countries for `named` of the hashrate covers the month. */
export const coversMonth = (named: number): boolean => named >= MIN_COVERAGE;
