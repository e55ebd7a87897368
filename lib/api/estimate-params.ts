import { z } from "zod";
import { type Assumptions, DEFAULT_ASSUMPTIONS, LIMITS } from "../analytics/estimate/assumptions";
import { parseEfficiency, parsePue, parseWindow } from "../core/assumption-params";

/**
 * The evidence model's assumptions as query parameters (`eff`, `pue`, `win`), read by the same
 * pure parsers as the URL state so a link and an API call cannot read one text two ways.
 */
const parsed = <T>(read: (text: string) => T | null, message: string) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      const value = read(text);
      if (value === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });

export const assumptionParams = {
  eff: parsed(
    parseEfficiency,
    `expected "cbeci", "central25" (CBECI's estimate ± 25 %) or a J/TH band such as 20-40 within ${LIMITS.efficiency.join("–")}`,
  ),
  pue: parsed(parsePue, `expected a PUE band such as 1.05-1.1 within ${LIMITS.pue.join("–")}`),
  win: parsed(parseWindow, `expected whole months from ${LIMITS.window.join(" to ")}`),
};

export function assumptionsOf(q: {
  eff?: Assumptions["efficiency"];
  pue?: Assumptions["pue"];
  win?: number;
}): Assumptions {
  return {
    efficiency: q.eff ?? DEFAULT_ASSUMPTIONS.efficiency,
    pue: q.pue ?? DEFAULT_ASSUMPTIONS.pue,
    window: q.win ?? DEFAULT_ASSUMPTIONS.window,
  };
}
