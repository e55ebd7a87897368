/**
 * Credentials never leave the process in text: an operator may configure an upstream as
 * `http://user:password@host` or with `?api_key=…`, and error messages, logs, /api/health,
 * /sources and alerts all quote URLs. Everything that stores, logs or serves a message passes it
 * through `redactSecrets` first; `splitCredentials` turns userinfo into a header so the URL that
 * is sent (and quoted) carries none.
 */

const MASK = "***";

/** Query parameters whose value is a credential. */
const SECRET_PARAM = /(token|key|secret|pass|pwd|auth|sig|credential|session|cookie)/i;

/** A URL inside free text: scheme://… up to whitespace or a quote/bracket that ends it. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/** Authorization schemes followed by their credential (e.g. in an echoed request). */
const AUTH_SCHEME = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{6,}/gi;

/**
 * One URL with its credentials masked: the password (`user:***@`), or a user name standing alone
 * (often a token: `https://***@host`), and secret query values. A URL that does not parse still
 * loses anything between `//` and `@`.
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
  for (const name of new Set(parsed.searchParams.keys())) {
    if (SECRET_PARAM.test(name)) {
      parsed.searchParams.set(name, MASK);
      changed = true;
    }
  }
  // Unchanged URLs are returned byte for byte (URL would normalise them).
  return changed ? parsed.toString().replaceAll("%2A%2A%2A", MASK) : url;
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
