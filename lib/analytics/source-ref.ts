import type { SourceRow } from "../store/schema";

/** What the UI and API show next to every number: who, under which licence, how fresh. */
export interface SourceRef {
  id: string;
  name: string;
  publisher: string;
  url: string;
  licence: string;
  attribution: string;
  dataAsOf: string | null;
  fetchedAt: string | null;
}

export function toSourceRef(row: SourceRow): SourceRef {
  return {
    id: row.id,
    name: row.name,
    publisher: row.publisher,
    url: row.url,
    licence: row.licence,
    attribution: row.attribution,
    dataAsOf: row.data_as_of,
    fetchedAt: row.last_success_at,
  };
}
