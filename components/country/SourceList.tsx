import { SafeLink } from "@/components/SafeLink";
import { formatDate } from "@/lib/analytics/format";
import type { SourceRef } from "@/lib/analytics/source-ref";
import { sentence } from "../panel/sentence";

/** The sources behind a page's figures: publisher, licence, attribution and how current each is. */
export function SourceList({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <section aria-labelledby="sources-heading" className="provenance">
      <h2 id="sources-heading">Sources</h2>
      {sources.length === 0 ? (
        <p className="gap">No data about this country has been stored.</p>
      ) : (
        <ul>
          {sources.map((s) => (
            <li key={s.id}>
              <SafeLink href={s.url}>{s.name}</SafeLink>, published by {s.publisher}. Licence:{" "}
              {sentence(s.licence)}{" "}
              {s.dataAsOf ? `The data runs up to ${formatDate(s.dataAsOf)}. ` : ""}
              {sentence(s.attribution)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
