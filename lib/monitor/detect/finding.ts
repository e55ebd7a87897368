import { createHash } from "node:crypto";

/** What a detector reports; stored as an alert. */
export interface Finding {
  ruleId: string;
  kind: string;
  /** What moved: a definition id, an ISO code, a pool slug, a source id. */
  subject: string;
  /** When it moved: "2021-06..2021-07", a snapshot pair, a block window. */
  period: string;
  title: string;
  summary: string;
  evidence: Record<string, unknown>;
}

/** The same rule, subject and period always give the same id: that is the deduplication. */
export function findingId(f: Pick<Finding, "ruleId" | "subject" | "period">): string {
  return createHash("sha256")
    .update(`${f.ruleId}\u0000${f.subject}\u0000${f.period}`)
    .digest("hex")
    .slice(0, 24);
}

export function pp(delta: number): string {
  const value = Math.round(delta * 1000) / 10;
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value)} pp`;
}

export function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
