// The one code-unit string order (lib/core/compare.ts), used by every derivation.
export { compareText } from "../../lib/core/compare";
