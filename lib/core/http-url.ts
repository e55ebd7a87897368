/**
 * Links we store and render come from operators' files and upstream payloads: only `http:` and
 * `https:` may become an `href`. A `javascript:` or `data:` link would run script on a page any
 * site may frame (/embed) if the CSP ever slipped, and its text would read like a harmless site.
 * No imports: the map's client code uses this too.
 */

/** Schemes a stored or rendered link may have. */
const LINK_SCHEMES = ["http:", "https:"] as const;

/** Whether `value` is an absolute http(s) URL with a host (no control characters anywhere). */
export function isHttpUrl(value: string): boolean {
  // Whitespace and control characters are refused outright: the URL parser silently drops some
  // (tabs, newlines), so the text stored would differ from the URL that was checked.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (LINK_SCHEMES as readonly string[]).includes(url.protocol) && url.hostname !== "";
}

/** The link as an `href` when it is http(s); otherwise null, and the caller renders text only. */
export function safeHref(value: string | null | undefined): string | null {
  return value && isHttpUrl(value) ? value : null;
}

/** What a link's text shows: its host, or a word when it is not a usable http(s) link. */
export function linkHost(value: string): string {
  return isHttpUrl(value) ? new URL(value).hostname : "link withheld";
}
