import useSWR from "swr";
import { fetchParsed } from "./fetcher";

/** The selected country's history (share by month, nodes, pool servers); null key when none is selected. */
export function useCountry(iso2: string | null) {
  return useSWR(iso2 ? `/api/v1/countries/${iso2}` : null, (url: string) =>
    fetchParsed(url, "countryHistorySchema"),
  );
}
