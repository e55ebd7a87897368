import { headers } from "next/headers";
import { cardFigure, ShareCard } from "@/components/og/ShareCard";
import { formatDate } from "@/lib/analytics/format";
import { clientKey } from "@/lib/api/client";
import { previewResponse } from "@/lib/api/preview/respond";
import { getStore } from "@/lib/bootstrap/instance";
import { IMMUTABLE } from "@/lib/server/cache-control";
import { snapshotIdSchema } from "@/lib/share/snapshot-request";
import { loadSnapshot } from "@/lib/share/snapshots";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Hashrate Atlas snapshot: Global South share of Bitcoin hashrate";

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const snapshot = snapshotIdSchema.safeParse(id).success
    ? await loadSnapshot((await getStore()).db, id)
    : undefined;
  if (!snapshot) return new Response("Not found", { status: 404 });
  const { data } = snapshot;
  const members = new Set(data.definition.members);
  const point = data.globalSouth.find((p) => p.month === data.month);
  const est = data.estimate;
  const estRange =
    est && est.globalSouth.low !== null && est.globalSouth.high !== null
      ? `${(est.globalSouth.low * 100).toFixed(1)}–${(est.globalSouth.high * 100).toFixed(1)} %`
      : null;
  // An estimated month's card gives the estimated range, never a measured figure.
  const figure = est
    ? { value: estRange, note: `estimated from evidence (${est.described})` }
    : cardFigure(point);
  const client = clientKey(new Request("http://localhost/", { headers: await headers() }));
  // Rendered once (a snapshot never changes), in turn, limited per client (lib/api/preview/).
  return previewResponse(
    <ShareCard
      month={data.month}
      definitionName={data.definition.name}
      globalSouth={figure.value}
      globalSouthNote={figure.note}
      caveats={est ? [] : (point?.caveats ?? [])}
      method={est ? "estimated" : (data.shares?.method ?? "")}
      rows={(est ? [] : (data.shares?.rows ?? [])).slice(0, 6).map((r) => ({
        name: r.name,
        share: r.share,
        south: r.country === null ? null : members.has(r.country),
      }))}
      attribution={
        data.shares && !est
          ? `Source: ${data.shares.source.attribution} (${data.shares.source.licence})`
          : `Sources: ${data.sources.map((s) => `${s.attribution} (${s.licence})`).join("; ")}`
      }
      footnote={`Snapshot of data as of ${data.dataAsOf ? formatDate(data.dataAsOf) : "unknown"} · orange = Global South`}
    />,
    { client, cacheControl: IMMUTABLE, size },
  );
}
