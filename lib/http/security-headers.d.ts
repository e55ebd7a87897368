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

/** Every route but /embed. */
export function securityHeaders(options: HeaderOptions): Header[];

/** /embed only: any site may frame it (no X-Frame-Options, frame-ancestors *). */
export function embedHeaders(options: HeaderOptions): Header[];
