import g77 from "../../data/definitions/g77.json";
import unctad from "../../data/definitions/unctad.json";
import unctadExChina from "../../data/definitions/unctad-ex-china.json";
import unctadLegacy from "../../data/definitions/unctad-legacy.json";

/**
 * The shipped Global South definition files in selector order (the default first), and their
 * ids. Kept apart from the validating loader (definitions.ts) so the browser's URL layer can know
 * the ids without the schema library.
 */
export const DEFINITION_FILES: readonly { id: string }[] = [
  unctad,
  unctadExChina,
  unctadLegacy,
  g77,
];

export const DEFINITION_IDS: readonly string[] = DEFINITION_FILES.map((f) => f.id);

export const DEFAULT_DEFINITION_ID = "unctad";
