/**
 * Why a source could not be read. The kind decides what happens next: `http` 429/5xx and
 * `network`/`timeout` are worth retrying; `parse` and `size` never are (the same bytes would fail
 * the same way).
 */
export type SourceErrorKind = "http" | "parse" | "network" | "timeout" | "size" | "budget";

export class SourceError extends Error {
  override name = "SourceError";
  constructor(
    readonly sourceId: string,
    readonly kind: SourceErrorKind,
    message: string,
    /** HTTP status for `http` errors. */
    readonly status: number | null = null,
  ) {
    super(`${sourceId}: ${kind} error: ${message}`);
  }
}

/** The one-line reason stored in `sources.last_error` and printed in logs. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
