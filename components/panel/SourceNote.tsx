import { formatDate } from "@/lib/analytics/format";
import type { SourceRef } from "@/lib/analytics/source-ref";

/** Provenance beside every number: source, method, licence and how current the data is. */
export function SourceNote({ source, method }: { source: SourceRef; method: string }) {
  return (
    <p className="source-note">
      Source: <a href={source.url}>{source.name}</a> ({source.publisher}), method{" "}
      <strong>{method}</strong>
      {source.dataAsOf ? <>, data up to {formatDate(source.dataAsOf)}</> : null}. Licence:{" "}
      {source.licence}. {source.attribution}
    </p>
  );
}
