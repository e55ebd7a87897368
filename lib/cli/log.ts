import { redactFields, redactSecrets } from "../http/redact";
import type { Logger } from "../ingest/context";

type Level = "info" | "warn" | "error";

/**
 * On a terminal: readable lines and a progress bar on stderr. Otherwise (cron, CI, a log
 * collector): one JSON object per line on stdout, nothing else.
 */
export function createLogger(opts: {
  tty: boolean;
  write?: (line: string) => void;
  now?: () => Date;
}): Logger {
  const write = opts.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = opts.now ?? (() => new Date());
  const line =
    (level: Level) =>
    (rawMsg: string, rawExtra: Record<string, unknown> = {}) => {
      // Log collectors are read by more people than the operator: no credentials in lines.
      const msg = redactSecrets(rawMsg);
      const extra = redactFields(rawExtra);
      if (opts.tty) {
        const details = Object.entries(extra).map(
          ([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`,
        );
        process.stderr.write(
          `\r\x1b[K${level === "info" ? "" : `${level.toUpperCase()}: `}${msg} ${details.join(" ")}\n`,
        );
      } else write(JSON.stringify({ ts: now().toISOString(), level, msg, ...extra }));
    };
  return {
    info: line("info"),
    warn: line("warn"),
    error: line("error"),
    progress(step, done, total) {
      if (!opts.tty) return; // progress is for people watching; logs get the start/finish lines
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      process.stderr.write(
        `\r\x1b[K${step} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`,
      );
      if (done >= total) process.stderr.write("\n");
    },
  };
}
