import { z } from "zod";
import { isIso2Shape } from "../../lib/core/country-code";
import { type RegionsFile, regionsFileSchema } from "../../lib/geo/region-schema";
import { compareText } from "./compare";
import { parseCsv } from "./raw";

/**
 * UN M49 regions and sub-regions (data/regions.json), from the M49 columns of datasets/
 * country-codes: what a publisher's "Africa" means when an aggregate is used to bound a range.
 * Only M49's own names are kept, so a name M49 does not use ("North America") resolves to nothing
 * rather than to a guess.
 */

const M49_URL = "https://unstats.un.org/unsd/methodology/m49/";

const rowSchema = z.object({
  "ISO3166-1-Alpha-2": z.string(),
  "Region Name": z.string(),
  "Sub-region Name": z.string(),
  "Intermediate Region Name": z.string(),
});

export function deriveRegions(csvText: string): RegionsFile {
  const members = new Map<string, Set<string>>();
  for (const row of z.array(rowSchema).parse(parseCsv(csvText))) {
    const iso2 = row["ISO3166-1-Alpha-2"];
    if (!isIso2Shape(iso2)) continue;
    for (const name of [
      row["Region Name"],
      row["Sub-region Name"],
      row["Intermediate Region Name"],
    ]) {
      if (name.trim() === "") continue;
      members.set(name.trim(), (members.get(name.trim()) ?? new Set()).add(iso2));
    }
  }
  return regionsFileSchema.parse({
    definedBy: "UN Statistics Division, Standard country or area codes for statistical use (M49)",
    sourceUrl: M49_URL,
    regions: [...members]
      .map(([name, set]) => ({ name, members: [...set].sort(compareText) }))
      .sort((a, b) => compareText(a.name, b.name)),
  });
}
