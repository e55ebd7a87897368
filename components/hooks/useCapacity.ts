import useSWR from "swr";
import { fetchParsed, KEYS } from "./fetcher";

/** Disclosed site capacity (MW) month by month in one Global South definition. */
export function useCapacity(definition: string) {
  return useSWR(KEYS.capacity(definition), (url: string) => fetchParsed(url, "capacitySchema"), {
    keepPreviousData: true,
  });
}
