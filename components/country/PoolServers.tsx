import { formatDate } from "@/lib/analytics/format";
import type { CountryHistoryResponse } from "@/lib/responses/schemas";

/** Pool stratum servers currently located in the country, and how each was located. */
export function PoolServers({ history }: { history: CountryHistoryResponse }) {
  return (
    <section aria-labelledby="pools-heading">
      <h2 id="pools-heading">Pool servers located here</h2>
      {history.servers.length === 0 ? (
        <p className="gap">No pool server is known to be located in {history.name}.</p>
      ) : (
        <ul>
          {history.servers.map((s) => (
            <li key={s.host}>
              {s.name}: {s.host} (located by {s.locatedBy}, {formatDate(s.resolvedAt)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
