import { toIso2 } from "./countries";
import type { RegionsFile } from "./region-schema";

/**
 * What a publisher's group name covers, when it can be known: "Africa" (an M49 region),
 * "United States + China + Russia" (named countries), or several such parts joined by " + ".
 * A part that is neither an M49 region nor a country name ("North America", which M49 does not
 * use and publishers use for different sets) makes the whole group unknown: such a group is shown
 * as what its source says and never bounds a range.
 */
export type GroupResolver = (name: string) => string[] | null;

export function groupResolver(file: RegionsFile): GroupResolver {
  const byName = new Map(file.regions.map((r) => [r.name.toLowerCase(), r.members]));
  return (name) => {
    const members = new Set<string>();
    for (const raw of name.split(" + ")) {
      const part = raw.trim();
      const region = byName.get(part.toLowerCase());
      if (region) {
        for (const m of region) members.add(m);
        continue;
      }
      try {
        members.add(toIso2(part));
      } catch {
        return null;
      }
    }
    return members.size > 0 ? [...members].sort() : null;
  };
}
