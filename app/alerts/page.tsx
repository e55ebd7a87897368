import { SafeLink } from "@/components/SafeLink";
import { formatDate } from "@/lib/analytics/format";
import { getStore } from "@/lib/bootstrap/instance";
import { alertDataDate, byDataDate, kindWords, linkParts } from "@/lib/monitor/alert-words";
import { listAlerts } from "@/lib/store/alerts";
import { WebhookHowTo } from "./WebhookHowTo";
import "./alerts.css";

export const dynamic = "force-dynamic";

export const metadata = { title: "Shift alerts — Hashrate Atlas" };

/** Alerts raised by the shift rules, by the month their data describes, each with its numbers. */
export default async function AlertsPage() {
  const { db } = await getStore();
  const alerts = byDataDate(await listAlerts(db, { limit: 200 }));
  return (
    <main className="page">
      {/* Feed autodiscovery (React hoists it into <head>). */}
      <link
        rel="alternate"
        type="application/atom+xml"
        href="/feed.xml"
        title="Hashrate Atlas shift alerts"
      />
      <header className="masthead">
        <h1>Shift alerts</h1>
        <p>
          When the data shows a shift — in the Global South share, a country&apos;s share or node
          count, a pool&apos;s share of blocks, a known mining site energized or closed, a new
          figure from a utility or regulator, or a source going stale — it is listed here, in the{" "}
          <a href="/feed.xml">Atom feed</a>, at <a href="/api/v1/alerts">/api/v1/alerts</a> and
          pushed to registered webhooks (<a href="#webhooks">how to register one</a>).{" "}
          <a href="/">Back to the map</a>.
        </p>
        <p className="small">
          Sorted by the month the data describes, newest first; figures whose source gives no date
          come last.
        </p>
      </header>
      {alerts.length === 0 ? (
        <p className="gap">No shifts detected yet.</p>
      ) : (
        <ol className="alerts">
          {alerts.map((a) => (
            <li key={a.id} id={a.id} className={`alert alert-${a.kind}`}>
              <p className="alert-date">
                Data: <strong>{alertDataDate(a.period).words}</strong>
              </p>
              <h2>{a.title}</h2>
              <p>
                {linkParts(a.summary).map((p, i) =>
                  p.href ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text, in order
                    <SafeLink key={i} href={p.href}>
                      {p.text}
                    </SafeLink>
                  ) : (
                    p.text
                  ),
                )}
              </p>
              <p className="alert-meta">
                {kindWords(a.kind)} · noticed by the atlas on {formatDate(a.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
      <WebhookHowTo />
    </main>
  );
}
