import { redactSecrets } from "./redact";

/**
 * Why a source could not be read. The kind decides what happens next: `http` 429/5xx and
 * `network`/`timeout` are worth retrying; `parse` and `size` never are (the same bytes would fail
 * the same way); `implausible` data arrived but cannot be right (a crawl that reached nobody) and
 * is refused so the last good data keeps serving.
 */
type SourceErrorKind = "http" | "parse" | "network" | "timeout" | "size" | "budget" | "implausible";

export class SourceError extends Error {
  override name = "SourceError";
  constructor(
    readonly sourceId: string,
    readonly kind: SourceErrorKind,
    message: string,
    /** HTTP status for `http` errors. */
    readonly status: number | null = null,
  ) {
    // Messages quote URLs; credentials in them must never reach a log, the store or a page.
    super(redactSecrets(`${sourceId}: ${kind} error: ${message}`));
  }
}

/** The one-line reason stored in `sources.last_error` and printed in logs, credentials masked. */
export function describeError(error: unknown): string {
  return redactSecrets(error instanceof Error ? error.message : String(error));
}
