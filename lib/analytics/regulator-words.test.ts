import { describe, expect, test } from "vitest";
import { metricWords, periodWords, valueWords } from "./regulator-words";

describe("a regulator's figure in words a reader can quote", () => {
  test("metric keys become words: no 'usd', 'eep' or 'fx' on screen", () => {
    expect(metricWords("data_mining_companies_paying_in_usd")).toBe(
      "Data mining companies paying in US dollars",
    );
    expect(metricWords("fx_revenue_from_data_mining_companies")).toBe(
      "Foreign-currency revenue from data mining companies",
    );
    expect(metricWords("share_of_eep_monthly_sales_from_bitcoin_mining")).toBe(
      "Share of EEP (Ethiopian Electric Power) monthly sales from Bitcoin mining",
    );
    expect(metricWords("electricity_consumption_drop_in_al_wafra_after_raids")).toBe(
      "Electricity consumption drop in Al Wafra after raids",
    );
  });

  test("the unit is said once, a date or status is its own value", () => {
    expect(valueWords("240000", "devices")).toBe("240,000 devices");
    expect(valueWords("2027-12-31", "date")).toBe("2027-12-31");
    expect(valueWords("2022-10-04", "date (Resolution P/N 46984)")).toBe(
      "2022-10-04 (Resolution P/N 46984)",
    );
    expect(valueWords("suspended", "status")).toBe("suspended");
    expect(valueWords("796.28", "GWh")).toBe("796.28 GWh");
  });

  test("periods read after the figure: never 'for to' or 'for since'", () => {
    expect(periodWords("to ~2025-02")).toBe("to ~2025-02");
    expect(periodWords("since 2022-12")).toBe("since 2022-12");
    expect(periodWords("2024-05")).toBe("for 2024-05");
    expect(periodWords("2027-12-31", "2027-12-31")).toBe("");
  });
});
