import { SafeLink } from "@/components/SafeLink";
import type { SourceRow } from "@/lib/store/schema";

/** What kind of evidence each source is, in a sentence, by source id (the rest say so plainly). */

/** Every source in the store, what it is evidence of, and where its licence and freshness are. */
export function SourcesSection({
  sources,
}: {
  /** Each with what kind of evidence it is, in a sentence, when its definition says. */
  sources: readonly (SourceRow & { evidence?: string | undefined })[];
}) {
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources and their methods</h2>
      <ul className="method-sources">
        {sources.map((s) => (
          <li key={s.id}>
            <strong>
              <SafeLink href={s.url}>{s.name}</SafeLink>
            </strong>{" "}
            ({s.publisher}). {s.evidence ?? "See the sources page for what it provides."}
          </li>
        ))}
      </ul>
      <p>
        Licences, attribution and how fresh each source is: <a href="/sources">Data sources</a>.
      </p>
    </section>
  );
}
