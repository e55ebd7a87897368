import regionsFile from "../../data/regions.json";
import { type GroupResolver, groupResolver } from "./group-members";
import { regionsFileSchema } from "./region-schema";

/** The bundled M49 regions (data/regions.json, `npm run derive-seed`), validated once. */
let resolver: GroupResolver | undefined;

/** The ISO codes a group name covers, sorted; null when any part of it is not known exactly. */
export function groupMembers(name: string): string[] | null {
  resolver ??= groupResolver(regionsFileSchema.parse(regionsFile));
  return resolver(name);
}
