/**
 * A month's evidence lines (pure): each figure that holds in the month, turned into hashrate with
 * the month's assumptions, its worked arithmetic kept as a string a reader can check by hand.
 */
import type { Band } from "./assumptions";
import type { MinerInput, RegulatorInput, SiteInput } from "./inputs";
import { figureLoad } from "./load";
import { energyHolds, periodHolds } from "./window";

type LineRole = "energy" | "load" | "capacity" | "partial" | "miners" | "site";

export interface EvidenceLine {
  source: "regulator" | "public-miners" | "sites";
  id: string;
  country: string;
  /** The period or date the figure describes, as ISO days or months. */
  date: string;
  role: LineRole;
  /** Which side of the range the line bounds. */
  bound: "both" | "lower" | "upper";
  /** Who said it and what, in a few words. */
  label: string;
  value: number;
  unit: string;
  /** The load the figure implies (null for hashrate figures). */
  loadMw: number | null;
  /** EH/s interval: for a one-sided line only the bounding end is meaningful (the other equals it). */
  ehs: Band;
  /** The EH/s interval as fractions of network hashrate. */
  share: Band;
  arithmetic: string;
  sourceUrl: string;
}

interface MonthContext {
  month: string;
  networkEhs: number;
  efficiency: Band;
  pue: Band;
  window: number;
}

/**
 * The miner bases whose figure is a lower bound of hashrate (or load) in its country. `installed`
 * is deliberately not among them, though it reads like `deployed`: the model was defined on these
 * four, and adding one would move every estimate. Targets, hosted and `other` never count
 * (someone else's machines, or not operations).
 */
const COUNTED = new Set(["operating", "energized", "self_mining", "deployed"]);

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const pct = (share: number) => (share * 100).toFixed(2);

function loadToEhs(mw: number, ctx: MonthContext): Band {
  const [eLo, eHi] = ctx.efficiency;
  const [pLo, pHi] = ctx.pue;
  // 1 MW at 1 J/TH is 1 EH/s: the least hashrate is the load over the worst efficiency and PUE.
  return [mw / (eHi * pHi), mw / (eLo * pLo)];
}

/** A number as shown (fixed decimals), and the value a reader would carry on with. */
const shown = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * "…; ÷ (16.0–66.0 J/TH × 1.01–1.20) = 1.14–5.61 EH/s; ÷ 521.3 EH/s = 0.22–1.08 %". Each step
 * is worked from the numbers the step before shows (MW to 2 decimals, J/TH to 1, PUE to 2, EH/s
 * to 2, network EH/s to 1), so a reader with a calculator gets exactly what is printed; the
 * range itself is computed unrounded (the difference is far below 1 %).
 */
function loadArithmetic(load: string, mw: number, bound: EvidenceLine["bound"], ctx: MonthContext) {
  const m = shown(mw, 2);
  const [eLo, eHi] = ctx.efficiency.map((e) => shown(e, 1)) as [number, number];
  const [pLo, pHi] = ctx.pue.map((p) => shown(p, 2)) as [number, number];
  const h = shown(ctx.networkEhs, 1);
  const lo = shown(m / (eHi * pHi), 2);
  const hi = shown(m / (eLo * pLo), 2);
  const ofH = `÷ ${f1(h)} EH/s`;
  if (bound === "lower")
    return `${load}; ÷ (${f1(eHi)} J/TH × ${f2(pHi)}) = at least ${f2(lo)} EH/s; ${ofH} = at least ${pct(lo / h)} %`;
  if (bound === "upper")
    return `at most ${load}; ÷ (${f1(eLo)} J/TH × ${f2(pLo)}) = at most ${f2(hi)} EH/s; ${ofH} = at most ${pct(hi / h)} %`;
  return `${load}; ÷ (${f1(eLo)}–${f1(eHi)} J/TH × ${f2(pLo)}–${f2(pHi)}) = ${f2(lo)}–${f2(hi)} EH/s; ${ofH} = ${pct(lo / h)}–${pct(hi / h)} %`;
}

const BOUND: Record<"energy" | "load" | "capacity" | "partial", EvidenceLine["bound"]> = {
  energy: "both",
  load: "both",
  capacity: "upper",
  partial: "lower",
};

/**
 * A figure's load does not depend on the month: worked out once per input, not once per month
 * (all countries × all months run within the bench's 25 ms budget).
 */
const LOADS = new WeakMap<RegulatorInput, ReturnType<typeof figureLoad>>();
function cachedLoad(r: RegulatorInput): ReturnType<typeof figureLoad> {
  if (!LOADS.has(r)) LOADS.set(r, figureLoad(r));
  return LOADS.get(r) ?? null;
}

function regulatorLine(r: RegulatorInput, ctx: MonthContext): EvidenceLine | null {
  if (r.role === "context") return null;
  const start = r.periodStart ?? r.periodEnd;
  const end = r.periodEnd ?? r.periodStart;
  if (start === null || end === null) return null;
  const load = cachedLoad(r);
  if (!load) return null;
  const holds =
    load.energyOverPeriod && r.periodStart !== null && r.periodEnd !== null
      ? energyHolds(ctx.month, start, end)
      : periodHolds(ctx.month, start.slice(0, 7), end.slice(0, 7), ctx.window);
  if (!holds) return null;
  // An energy figure stated as a rate is a load; an amount over a period is energy.
  const role = r.role === "energy" && !load.energyOverPeriod ? "load" : r.role;
  const bound = BOUND[role];
  const ehs = loadToEhs(load.mw, ctx);
  return {
    source: "regulator",
    id: r.id,
    country: r.country,
    date: start === end ? start : `${start} … ${end}`,
    role,
    bound,
    label: `${r.authority}: ${r.metric.replaceAll("_", " ")}`,
    value: r.number ?? 0,
    unit: r.unit,
    loadMw: load.mw,
    ehs,
    share: [ehs[0] / ctx.networkEhs, ehs[1] / ctx.networkEhs],
    // Worked out when read: most months' lines are only summed, never shown.
    get arithmetic() {
      return loadArithmetic(load.arithmetic, load.mw, bound, ctx);
    },
    sourceUrl: r.sourceUrl,
  };
}

/** Each company's newest counted figure of one metric for a country, within the window. */
function latestPerCompany(miners: readonly MinerInput[], metric: "eh_s" | "mw", ctx: MonthContext) {
  const newest = new Map<string, MinerInput>();
  for (const m of miners) {
    if (m.metric !== metric || !COUNTED.has(m.basis) || m.country === null) continue;
    if (!periodHolds(ctx.month, m.month, m.month, ctx.window)) continue;
    const key = `${m.country} ${m.company}`;
    const seen = newest.get(key);
    if (!seen || m.asOf > seen.asOf) newest.set(key, m);
  }
  return [...newest.values()];
}

function minerLines(miners: readonly MinerInput[], ctx: MonthContext): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const byCountry = new Map<string, MinerInput[]>();
  for (const m of latestPerCompany(miners, "eh_s", ctx))
    byCountry.set(m.country as string, [...(byCountry.get(m.country as string) ?? []), m]);
  for (const [country, figures] of byCountry) {
    const sum = figures.reduce((s, m) => s + m.value, 0);
    lines.push({
      source: "public-miners",
      id: figures.map((m) => m.id).join("+"),
      country,
      date: figures
        .map((m) => m.asOf)
        .sort()
        .at(-1) as string,
      role: "miners",
      bound: "lower",
      label: `Listed miners' disclosed hashrate (${figures.length} ${figures.length === 1 ? "company" : "companies"})`,
      value: sum,
      unit: "EH/s",
      loadMw: null,
      ehs: [sum, sum],
      share: [sum / ctx.networkEhs, sum / ctx.networkEhs],
      get arithmetic() {
        const parts = figures.map(
          (m) => `${m.company} ${f2(m.value)} EH/s (${m.basis}, ${m.asOf})`,
        );
        return `${parts.join(" + ")} = at least ${f2(sum)} EH/s; ÷ ${f1(ctx.networkEhs)} EH/s = at least ${pct(shown(sum, 2) / shown(ctx.networkEhs, 1))} %`;
      },
      sourceUrl: figures[0]?.sourceUrl ?? "",
    });
  }
  for (const m of latestPerCompany(miners, "mw", ctx)) {
    const ehs = loadToEhs(m.value, ctx);
    lines.push({
      source: "public-miners",
      id: m.id,
      country: m.country as string,
      date: m.asOf,
      role: "partial",
      bound: "lower",
      label: `${m.company}: ${m.basis.replace("_", "-")} MW${m.site ? ` (${m.site})` : ""}`,
      value: m.value,
      unit: "MW",
      loadMw: m.value,
      ehs,
      share: [ehs[0] / ctx.networkEhs, ehs[1] / ctx.networkEhs],
      get arithmetic() {
        return loadArithmetic(`${m.value} MW`, m.value, "lower", ctx);
      },
      sourceUrl: m.sourceUrl,
    });
  }
  return lines;
}

function siteLine(s: SiteInput, ctx: MonthContext): EvidenceLine | null {
  // Low-confidence site facts are drawn and badged but counted in no total (as on the sites
  // layer): a lower bound is a total of disclosed load.
  if (s.mwBasis !== "energized_load" || s.confidence === "low") return null;
  if (s.capacityMw === null || s.month === null) return null;
  if (!periodHolds(ctx.month, s.month, s.month, ctx.window)) return null;
  const ehs = loadToEhs(s.capacityMw, ctx);
  return {
    source: "sites",
    id: s.id,
    country: s.country,
    date: s.month,
    role: "site",
    bound: "lower",
    label: `${s.operator}: energized load at ${s.siteId}`,
    value: s.capacityMw,
    unit: "MW",
    loadMw: s.capacityMw,
    ehs,
    share: [ehs[0] / ctx.networkEhs, ehs[1] / ctx.networkEhs],
    get arithmetic() {
      return loadArithmetic(`${s.capacityMw} MW`, s.capacityMw as number, "lower", ctx);
    },
    sourceUrl: s.sourceUrl,
  };
}

/** Every line that holds in the month, for every country. */
export function evidenceLines(
  inputs: {
    regulator: readonly RegulatorInput[];
    miners: readonly MinerInput[];
    sites: readonly SiteInput[];
  },
  ctx: MonthContext,
): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  for (const r of inputs.regulator) {
    const line = regulatorLine(r, ctx);
    if (line) lines.push(line);
  }
  lines.push(...minerLines(inputs.miners, ctx));
  for (const s of inputs.sites) {
    const line = siteLine(s, ctx);
    if (line) lines.push(line);
  }
  return lines;
}
