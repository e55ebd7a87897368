import { z } from "zod";
import { DEFAULT_DEFINITION_ID, loadDefinitions } from "@/lib/geo/definitions";

/**
 * The view state carried in the URL of `/`. Parameter names are constants; defaults are left
 * out of the URL; an invalid value falls back to its default with a notice for the reader.
 */
export const PARAM = { month: "m", definition: "gs" } as const;

export interface ViewState {
  /** Selected month, or null for "latest available". */
  month: string | null;
  definition: string;
}

export interface ParsedView {
  state: ViewState;
  notices: string[];
}

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

type RawParams = Record<string, string | string[] | undefined>;

function single(raw: RawParams, key: string): string | undefined {
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parseViewState(raw: RawParams, availableMonths: readonly string[]): ParsedView {
  const notices: string[] = [];
  const definitionIds = loadDefinitions().map((d) => d.id);

  let month: string | null = null;
  const m = single(raw, PARAM.month);
  if (m !== undefined) {
    if (!monthSchema.safeParse(m).success)
      notices.push(`"${clip(m)}" is not a month (YYYY-MM); showing the latest month.`);
    else if (!availableMonths.includes(m))
      notices.push(`No country data for ${m}; showing the latest month.`);
    else month = m;
  }

  let definition = DEFAULT_DEFINITION_ID;
  const gs = single(raw, PARAM.definition);
  if (gs !== undefined) {
    if (definitionIds.includes(gs)) definition = gs;
    else
      notices.push(
        `Unknown Global South definition "${clip(gs)}"; using ${DEFAULT_DEFINITION_ID}.`,
      );
  }
  return { state: { month, definition }, notices };
}

/** Builds the query string for a state, omitting defaults. */
export function serializeViewState(state: ViewState, latest: string | null): string {
  const params = new URLSearchParams();
  if (state.month && state.month !== latest) params.set(PARAM.month, state.month);
  if (state.definition !== DEFAULT_DEFINITION_ID) params.set(PARAM.definition, state.definition);
  const text = params.toString();
  return text ? `?${text}` : "";
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
