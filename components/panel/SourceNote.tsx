import { formatDate } from "@/lib/analytics/format";
import type { SourceRef } from "@/lib/analytics/source-ref";
import { sentence } from "./sentence";
import "./panel.css";
import { SafeLink } from "@/components/SafeLink";

/** Provenance beside every number, in sentences: source, method, date, licence, attribution. */
export function SourceNote({ source, method }: { source: SourceRef; method: string }) {
  return (
    <p className="source-note">
      Source: <SafeLink href={source.url}>{source.name}</SafeLink>, published by {source.publisher}.
      Method: <strong>{method}</strong>.
      {source.dataAsOf ? ` The data runs up to ${formatDate(source.dataAsOf)}.` : ""} Licence:{" "}
      {sentence(source.licence)} {sentence(source.attribution)}
    </p>
  );
}
