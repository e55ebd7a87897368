/**
 * Credentials never leave the process in text: an operator may configure an upstream as
 * `http://user:password@host` or with `?api_key=…`, and error messages, logs, /api/health,
 * /sources and alerts all quote URLs. Everything that stores, logs or serves a message passes it
 * through `redactSecrets` first; `splitCredentials` turns userinfo into a header so the URL that
 * is sent (and quoted) carries none.
 */

const MASK = "***";

/** A URL inside free text: scheme://… up to whitespace or a quote/bracket that ends it. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/** Authorization schemes followed by their credential (e.g. in an echoed request). */
const AUTH_SCHEME = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{6,}/gi;

/**
 * One URL with its credentials masked: the password (`user:***@`), or a user name standing alone
 * (often a token: `https://***@host`), and every query value. Every one, not those whose names look
 * secret: a list of names always misses one (`jwt=`, `code=`, `sid=` went through it). A URL that
 * does not parse still loses anything between `//` and `@`.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, `//${MASK}@`);
  }
  let changed = false;
  if (parsed.password) {
    parsed.password = MASK;
    changed = true;
  } else if (parsed.username) {
    parsed.username = MASK;
    changed = true;
  }
  for (const [name, value] of [...parsed.searchParams]) {
    if (value !== "" && value !== MASK) {
      parsed.searchParams.set(name, MASK);
      changed = true;
    }
  }
  // Unchanged URLs are returned byte for byte (URL would normalise them).
  return changed ? parsed.toString().replaceAll("%2A%2A%2A", MASK) : url;
}

/**
 * How an upstream's URL is shown in errors (and so on /api/health, /sources and in alerts): its
 * origin only, `https://mempool.lan/…` — no credentials, no path, no query, whatever they hold.
 */
export function urlOrigin(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "(an unparseable URL)";
  }
  const origin = `${parsed.protocol}//${parsed.host}`;
  return parsed.pathname === "/" && !parsed.search ? origin : `${origin}/…`;
}

/**
 * `path` under a base URL that may have a path and a query of its own
 * (`https://m.lan/mempool/?key=k` + `/api/v1/x` → `https://m.lan/mempool/api/v1/x?key=k`):
 * string concatenation would put the path inside the query.
 */
export function underBase(base: string, path: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
  return url.toString();
}

/** Every URL and Authorization credential in a message, masked. */
export function redactSecrets(text: string): string {
  return text
    .replace(URL_IN_TEXT, (url) => redactUrl(url))
    .replace(AUTH_SCHEME, (_match, scheme: string) => `${scheme} ${MASK}`);
}

/** `redactSecrets` over every string inside a log line's fields. */
export function redactFields<T>(value: T): T {
  if (typeof value === "string") return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map(redactFields) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactFields(v)])) as T;
  }
  return value;
}

/**
 * `http://user:pass@host/path` → the URL without userinfo, and the `Authorization: Basic` value
 * it stood for (null when there was none). fetch() refuses URLs with credentials outright.
 */
export function splitCredentials(url: string): { url: string; authorization: string | null } {
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return { url, authorization: null };
  const credentials = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
  parsed.username = "";
  parsed.password = "";
  return {
    url: parsed.toString(),
    authorization: `Basic ${Buffer.from(credentials).toString("base64")}`,
  };
}
