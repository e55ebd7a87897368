import { PARAM } from "./keys";

/** What a shared link must hold even where the address bar leaves it out as a default. */
export interface Pin {
  month: string;
  /** The selected country (ISO alpha-2), or null when none is selected. */
  country: string | null;
}

/**
 * The view's address with the month and the selected country written out. The address bar leaves
 * the newest month out (a default), but a link that is copied, cited, embedded or scanned must
 * keep showing this month after newer data arrives.
 */
export function pinnedLink(href: string, pin: Pin): string {
  const url = new URL(href);
  url.searchParams.set(PARAM.month, pin.month);
  if (pin.country) url.searchParams.set(PARAM.country, pin.country);
  else url.searchParams.delete(PARAM.country);
  // Commas are safe in a query; keeping them literal keeps shared links readable (as serialize.ts).
  url.search = url.searchParams.toString().replaceAll("%2C", ",");
  return url.toString();
}

/** The chromeless variant of the same pinned view, for the embed code. */
export function pinnedEmbed(href: string, pin: Pin): string {
  const url = new URL(pinnedLink(href, pin));
  return `${url.origin}/embed${url.search}`;
}
