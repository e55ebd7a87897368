/** Types for security-headers.js (plain JavaScript so next.config.js can load it). */

export interface Header {
  key: string;
  value: string;
}

export interface HeaderOptions {
  /** `next dev` needs eval for its fast refresh. */
  dev: boolean;
  /**
   * The optional raster tile server (NEXT_PUBLIC_TILE_URL, see lib/env.ts) is the only external
   * origin the page may load from, and only for images. Unset (the default): self only.
   */
  tileUrl: string | undefined;
}

export interface CspOptions extends HeaderOptions {
  /** This response's nonce: inline scripts carrying it may run. Null: no inline script may. */
  nonce: string | null;
  /** Other sites may frame this response (/embed only). */
  frameable: boolean;
}

/** The Content-Security-Policy value. */
export function contentSecurityPolicy(options: CspOptions): string;

/** The headers besides the CSP, for next.config.js. */
export function baseHeaders(options: { frameable: boolean }): Header[];

/** Every header, with a nonce-less CSP: for responses the proxy does not see. */
export function securityHeaders(options: HeaderOptions): Header[];
