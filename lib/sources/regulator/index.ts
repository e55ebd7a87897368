import { REGULATOR_SOURCE_ID, toRegulatorRow } from "../../evidence/regulator-figure";
import { MAX_EVIDENCE_ROWS } from "../csv-records";
import type { SourceDefinition } from "../definition";
import { parseRegulatorCsv } from "./parse";

export const regulatorSource: SourceDefinition = {
  id: REGULATOR_SOURCE_ID,
  name: "Utilities' and regulators' figures on mining load",
  publisher:
    "Hashrate Atlas, transcribed from what utilities, regulators and ministries said (source URL per figure)",
  url: "https://github.com/hashrate-atlas",
  licence:
    "Figures quoted from public pages, each with its source URL; the transcription is shared with the project's code (MIT)",
  attribution:
    "Utilities' and regulators' figures, transcribed by Hashrate Atlas from the pages named per figure",
  notes: [
    "The strongest country-level evidence after 2022, but figures differ in kind (energy sold, share of sales, contracted or demanded MW, seizures) and by date: compare like with like.",
    "Several figures are relayed by newspapers rather than read on the authority's own page; the basis column says which.",
    "A figure is not a share of hashrate; converting one needs stated assumptions (efficiency, uptime, network total).",
  ],
  kind: "archive",
  staleAfterHours: null,
  cadence: "a new version of the transcription when figures are added",
  records: ["regulator-figures"],
  seeded: true,
  fileImport: {
    kind: "regulator",
    usage: "atlas import regulator FILE.csv",
    maxRows: MAX_EVIDENCE_ROWS,
    parse: (text) => {
      const figures = parseRegulatorCsv(text);
      return {
        rows: figures.length,
        batches: [
          {
            kind: "regulator-figures",
            source: regulatorSource,
            records: figures.map(toRegulatorRow),
          },
        ],
      };
    },
  },
  fixtures: [
    {
      file: "lib/sources/regulator/fixtures/energy_regulator_figures.trimmed.csv",
      parse: (text) => parseRegulatorCsv(text),
    },
  ],
};
