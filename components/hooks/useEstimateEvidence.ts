import useSWR from "swr";
import { fetchParsed, KEYS } from "./fetcher";

/**
 * The evidence model's inputs, fetched once: the map computes every month's estimated range in
 * the browser (lib/analytics/estimate), so a slider step or an assumption change needs no request.
 */
export function useEstimateEvidence(enabled = true) {
  return useSWR(
    enabled ? KEYS.estimateEvidence() : null,
    (url: string) => fetchParsed(url, "estimateEvidenceSchema"),
    { revalidateIfStale: false },
  );
}
