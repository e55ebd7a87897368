import { monthlySeries } from "../analytics/series";
import { getDefinition } from "../geo/definitions";
import type { Finding } from "../store/alerts";
import { type Alert, insertNewAlerts } from "../store/alerts";
import { listRegulatorFigures, listSiteFacts } from "../store/evidence";
import { listSnapshotCountryCounts } from "../store/nodes";
import { listPoolWindows } from "../store/pools";
import type { Db } from "../store/schema";
import { getAllShares } from "../store/shares";
import { listSources } from "../store/sources";
import { enqueueDeliveries } from "../store/webhooks";
import { detectRegulatorFigures, detectSiteFacts, watched } from "./detect/evidence-changes";
import {
  detectNodeCountChanges,
  detectPoolThreshold,
  detectStaleSources,
} from "./detect/other-changes";
import { detectNakamotoChanges } from "./detect/pool-concentration";
import { detectCountryShareChanges, detectGlobalSouthChanges } from "./detect/share-changes";
import type { Rule } from "./rules";
import { listRules } from "./rules";

/** Block windows examined per run; fewer than this means the whole history is in view. */
const POOL_WINDOW_LIMIT = 60;

interface DetectionData {
  series: ReturnType<typeof monthlySeries>;
  siteFacts: Awaited<ReturnType<typeof listSiteFacts>>;
  regulator: Awaited<ReturnType<typeof listRegulatorFigures>>;
  snapshots: Awaited<ReturnType<typeof listSnapshotCountryCounts>>;
  windows: Awaited<ReturnType<typeof listPoolWindows>>;
  sources: Awaited<ReturnType<typeof listSources>>;
  now: Date;
}

function runRule(rule: Rule, data: DetectionData): Finding[] {
  const p = rule.params;
  switch (p.kind) {
    case "global_south_change":
      return detectGlobalSouthChanges(rule.id, p, data.series, getDefinition(p.definition));
    case "country_share_change":
      return detectCountryShareChanges(rule.id, p, data.series);
    case "node_count_change":
      return detectNodeCountChanges(rule.id, p, data.snapshots);
    case "pool_share_threshold":
      return detectPoolThreshold(rule.id, p, data.windows, data.windows.length < POOL_WINDOW_LIMIT);
    case "nakamoto_change":
      return detectNakamotoChanges(rule.id, p, data.windows);
    case "source_stale":
      return detectStaleSources(rule.id, p, data.sources, data.now);
    case "site_status":
      return detectSiteFacts(rule.id, p, data.siteFacts, watchedBy(p));
    case "regulator_figure":
      return detectRegulatorFigures(rule.id, p, data.regulator, watchedBy(p));
  }
}

function watchedBy(p: { countries: readonly string[]; definition?: string | undefined }) {
  return watched(p, p.definition ? getDefinition(p.definition).members : null);
}

/** The JSON body a webhook receives for an alert. */
export function alertEventBody(alert: Alert): string {
  return JSON.stringify({ type: "alert", event: alert.kind, alert });
}

/**
 * Runs every enabled rule over the stored data and records the shifts not seen before, each
 * with its webhook deliveries queued in the same transaction (no alert is ever left without them).
 */
export async function detectShifts(
  db: Db,
  now = new Date(),
): Promise<{ created: Alert[]; invalidRules: string[] }> {
  const at = now.toISOString();
  const { rules, invalid } = await listRules(db);
  const data: DetectionData = {
    series: monthlySeries(await getAllShares(db)),
    siteFacts: await listSiteFacts(db),
    regulator: await listRegulatorFigures(db),
    snapshots: await listSnapshotCountryCounts(db),
    windows: await listPoolWindows(db, POOL_WINDOW_LIMIT),
    sources: await listSources(db),
    now,
  };
  const unusable: string[] = [];
  const findings = rules
    .filter((r) => r.enabled)
    .flatMap((r) => {
      try {
        return runRule(r, data);
      } catch {
        // e.g. a definition that was removed: skip this rule, keep detecting with the others
        unusable.push(r.id);
        return [];
      }
    });
  const created = await db.transaction().execute(async (trx) => {
    const alerts = await insertNewAlerts(trx, findings, at);
    for (const alert of alerts)
      await enqueueDeliveries(trx, alert.kind, alert.id, alertEventBody(alert), at);
    return alerts;
  });
  return { created, invalidRules: [...invalid, ...unusable] };
}
