import type { MinerInput, RegulatorInput } from "./inputs";

/** EEP's FY2023/24 sales to miners, as in energy_regulator_figures.csv line 2. */
export const EEP: RegulatorInput = {
  id: "regulator:2",
  country: "ET",
  authority: "Ethiopian Electric Power (EEP)",
  metric: "electricity_supplied_to_data_mining_companies",
  number: 796.28,
  value: "796.28",
  unit: "GWh",
  periodStart: "2023-07-08",
  periodEnd: "2024-07-07",
  role: "energy",
  sourceUrl: "https://addisstandard.com/",
};

/** A listed miner's disclosure (1 EH/s in Paraguay, January 2024), changed by `over`. */
export const miner = (over: Partial<MinerInput> = {}): MinerInput => ({
  id: "public-miners:9",
  company: "Example",
  country: "PY",
  asOf: "2024-01",
  month: "2024-01",
  metric: "eh_s",
  value: 1,
  basis: "operating",
  site: "",
  confidence: "high",
  sourceUrl: "https://example.org/",
  ...over,
});

/** CBECI's January 2024 band and Coin Metrics' January 2024 mean (the real values). */
export const JANUARY_2024 = {
  network: { month: "2024-01", ehs: 521.315, days: 31 },
  fleet: { month: "2024-01", low: 16, central: 29.6201, high: 65.9677 },
} as const;
