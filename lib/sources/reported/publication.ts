import type { SourceRecord } from "../../store/sources";
import { reportedSources } from "./index";

/** What the seed knows of a publication quoted by the press (scripts/derive/evidence.ts). */
interface QuotedPublication {
  id: string;
  publisher: string;
  product: string;
  /** The first URL that quotes it. */
  url: string;
  /** The fraction of the month's hashrate its countries add up to. */
  named: number;
  /** When and how it was published, as transcribed ("" when nothing was noted). */
  periodNote: string;
}

/** A publication quoted by the press, as a member of the reported family. */
export function publicationSource(p: QuotedPublication): SourceRecord {
  return {
    id: p.id,
    name: `${p.publisher} — ${p.product}, as reported in the press`,
    publisher: p.publisher,
    url: p.url,
    licence: `No open licence. Figures are © ${p.publisher}, quoted from press coverage with attribution.`,
    attribution: `${p.publisher}, ${p.product}, as reported in the press`,
    notes: [
      `Names countries for ${Math.round(p.named * 1000) / 10} % of hashrate; the rest is unknown, not zero.`,
      p.periodNote,
      "A source of its own: never joined into one line with CBECI, the Hashrate Index heatmap or any other source.",
    ].filter((n) => n !== ""),
    kind: reportedSources.kind,
    staleAfterHours: reportedSources.staleAfterHours,
  };
}
