import type { SourceDefinition } from "../definition";
import { parseFleetEfficiencyCsv } from "./parse";

const FLEET_EFFICIENCY_SOURCE_ID = "fleet-efficiency";

/**
 * CBECI's monthly fleet efficiency band (J/TH of the most and the least efficient profitable
 * hardware), 2019-01 … 2025-05: what turns a load in MW into EH/s. After its last month the
 * model holds that month's band and says so (lib/analytics/estimate/assumptions.ts).
 */
export const fleetEfficiencySource: SourceDefinition = {
  id: FLEET_EFFICIENCY_SOURCE_ID,
  name: "Fleet efficiency band (CBECI, monthly)",
  publisher: "Cambridge Centre for Alternative Finance (CCAF), University of Cambridge",
  url: "https://ccaf.io/cbnsi/cbeci/methodology",
  licence: "CC BY-NC-SA 4.0 (assumed: CBECI's terms were not read; a third-party page states it)",
  licenceUrl: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
  attribution:
    "Cambridge Centre for Alternative Finance (CBECI), Energy efficiency of Bitcoin mining hardware",
  notes: [
    "Licence unverified: treated as CC BY-NC-SA 4.0 — attribution to CCAF, non-commercial, share-alike.",
    "Model estimates of hardware efficiency (no cooling or other overhead: PUE is a separate assumption), averaged by month from CBECI's daily values at 0.05 USD/kWh.",
    "The band stops on 2025-05-11 (May 2025 averages 11 days); after it the May 2025 band is held, and every place that uses it says so.",
  ],
  kind: "archive",
  staleAfterHours: null,
  cadence: "closed: monthly from 2019-01 to 2025-05 (to 2025-05-11)",
  records: ["fleet-efficiency"],
  seeded: true,
  fixtures: [
    {
      file: "lib/sources/fleet-efficiency/fixtures/fleet_efficiency.cbeci.trimmed.csv",
      parse: (text) => parseFleetEfficiencyCsv(text),
    },
  ],
};
