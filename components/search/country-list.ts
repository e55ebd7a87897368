import { listCountries } from "@/lib/geo/countries";
import type { CountryEntry } from "./match";

/**
 * The names the country search looks in, loaded only when the search is first used: the
 * English names table stays out of the page's first-load JavaScript.
 */
export const COUNTRIES: readonly CountryEntry[] = listCountries();
