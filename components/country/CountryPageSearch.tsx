"use client";
import { useRouter } from "next/navigation";
import { CountrySearch } from "../search/CountrySearch";

/** The country search on a country page: opens the chosen country's page, keeping the map view. */
export function CountryPageSearch({ from }: { from: string }) {
  const router = useRouter();
  return (
    <CountrySearch
      onChoose={(iso2) =>
        router.push(`/country/${iso2}${from ? `?from=${encodeURIComponent(from)}` : ""}`)
      }
    />
  );
}
