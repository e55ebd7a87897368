import { monthlySeries, withAggregates } from "../analytics/series";
import { getDefinition } from "../geo/definitions";
import type { Finding } from "../store/alerts";
import { type Alert, insertNewAlerts } from "../store/alerts";
import { listRegulatorFigures, listSiteFacts } from "../store/evidence";
import { listSnapshotCountryCounts } from "../store/nodes";
import { listPoolWindows } from "../store/pools";
import type { Db } from "../store/schema";
import { getAggregates, getAllShares } from "../store/shares";
import { listSources } from "../store/sources";
import { inTransaction } from "../store/transaction";
import { enqueueDeliveries, listWebhooks } from "../store/webhooks";
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
function alertEventBody(alert: Alert): string {
  return JSON.stringify({ type: "alert", event: alert.kind, alert });
}

/**
 * Above this many new alerts for one webhook in one detection pass (one ingest or import), the
 * hook gets one summary instead of one delivery per alert: a 10,000-row import once queued
 * 10,005 deliveries. The alerts themselves are all stored — they are the
 * record, and what makes the next pass find nothing new — and the summary is stored as an alert
 * too, once per pass, when some hook receives it.
 */
export const SUMMARY_AFTER = 20;

/** The event (and alert kind) of a summary; a hook receives it when it follows any kind summarised. */
export const SUMMARY_KIND = "alert_summary";

/** One alert standing for `alerts` in webhooks, the page and the feed. */
function summaryFinding(alerts: readonly Alert[], at: string): Finding {
  const byKind: Record<string, number> = {};
  for (const a of alerts) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  const kinds = Object.entries(byKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
  return {
    ruleId: SUMMARY_KIND,
    kind: SUMMARY_KIND,
    subject: "detection",
    period: at,
    title: `${alerts.length} new alerts at once (${kinds})`,
    summary: `One detection pass raised ${alerts.length} alerts, more than ${SUMMARY_AFTER}: webhooks get this summary instead of one delivery each. Every alert is listed at /alerts and in the API.`,
    evidence: {
      count: alerts.length,
      byKind,
      first: alerts.slice(0, 10).map((a) => ({ id: a.id, kind: a.kind, title: a.title })),
    },
  };
}

/**
 * Runs every enabled rule over the stored data and records the shifts not seen before, each
 * with its webhook deliveries queued in the same transaction (no alert is ever left without them)
 * — or, for a hook with more than SUMMARY_AFTER of them, one summary alert's delivery instead.
 */
export async function detectShifts(
  db: Db,
  now = new Date(),
  summaryAfter = SUMMARY_AFTER,
): Promise<{ created: Alert[]; invalidRules: string[]; summary: Alert | null }> {
  const at = now.toISOString();
  const { rules, invalid } = await listRules(db);
  const data: DetectionData = {
    series: withAggregates(monthlySeries(await getAllShares(db)), await getAggregates(db)),
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
  const { created, summary } = await inTransaction(db, async (trx) => {
    const alerts = await insertNewAlerts(trx, findings, at);
    const hooks = (await listWebhooks(trx)).filter((h) => h.active);
    let summary: Alert | null = null;
    for (const hook of hooks) {
      const theirs = alerts.filter((a) => hook.events.includes(a.kind));
      if (theirs.length <= summaryAfter) {
        for (const alert of theirs)
          await enqueueDeliveries(trx, alert.kind, alert.id, alertEventBody(alert), at, hook.id);
        continue;
      }
      summary ??= (await insertNewAlerts(trx, [summaryFinding(alerts, at)], at))[0] ?? null;
      if (summary)
        await enqueueDeliveries(
          trx,
          SUMMARY_KIND,
          summary.id,
          alertEventBody(summary),
          at,
          hook.id,
        );
    }
    return { created: alerts, summary };
  });
  return { created, invalidRules: [...invalid, ...unusable], summary };
}
