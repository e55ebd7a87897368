import { formatDate } from "@/lib/analytics/format";
import { getStore } from "@/lib/bootstrap/instance";
import { listAlerts } from "@/lib/store/alerts";
import "./alerts.css";

export const dynamic = "force-dynamic";

export const metadata = { title: "Shift alerts — Hashrate Atlas" };

/** Alerts raised by the shift rules, newest first, each with the numbers it rests on. */
export default async function AlertsPage() {
  const { db } = await getStore();
  const alerts = await listAlerts(db, { limit: 200 });
  return (
    <main className="page">
      <header className="masthead">
        <h1>Shift alerts</h1>
        <p>
          When the data shows a shift — in the Global South share, a country&apos;s share or node
          count, a pool&apos;s share of blocks, a known mining site energized or closed, a new
          figure from a utility or regulator, or a source going stale — it is listed here, in the{" "}
          <a href="/feed.xml">Atom feed</a>, at <a href="/api/v1/alerts">/api/v1/alerts</a> and
          pushed to registered webhooks. <a href="/">Back to the map</a>.
        </p>
      </header>
      {alerts.length === 0 ? (
        <p className="gap">No shifts detected yet.</p>
      ) : (
        <ol className="alerts">
          {alerts.map((a) => (
            <li key={a.id} id={a.id} className={`alert alert-${a.kind}`}>
              <h2>{a.title}</h2>
              <p>{a.summary}</p>
              <p className="alert-meta">
                Rule <code>{a.ruleId}</code> · {a.period.replace("..", " → ")} · detected{" "}
                {formatDate(a.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
