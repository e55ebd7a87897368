"use client";
import { useDeferredValue, useMemo } from "react";
import { isComparable } from "@/lib/analytics/change";
import { topChangeNote } from "@/lib/analytics/change-note";
import { sharesByCountry, topCountries, unallocatedShare } from "@/lib/analytics/view-shape";
import { addMonths } from "@/lib/core/month";
import type { SharesResponse } from "@/lib/responses/schemas";
import { useConcentration } from "../hooks/useConcentration";
import { useGlobalSouth } from "../hooks/useGlobalSouth";
import { useLastChanged } from "../hooks/useLastChanged";
import { useNodeLocations } from "../hooks/useNodeLocations";
import { useNodes } from "../hooks/useNodes";
import { usePools } from "../hooks/usePools";
import { useShares } from "../hooks/useShares";
import { useSiteFacts } from "../hooks/useSiteFacts";
import { nodesFrame, poolsFrame, sitesFrame } from "../map/month-frame";

/** Two months' shares whose difference is a number: same source, same method. */
function comparableShares(a: SharesResponse, b: SharesResponse): boolean {
  return isComparable(
    { source: a.source.id, method: a.method },
    { source: b.source.id, method: b.method },
  );
}

/**
 * Everything the view draws for a month, from one SWR hook per endpoint (keyed only from URL
 * state), shaped once per response so a slider step does no work beyond a cache read.
 */
export function useAtlasData(
  month: string,
  definition: string,
  compare: string | null,
  live: boolean,
  available: ReadonlySet<string> | null,
) {
  const shares = useShares(month, available, live);
  const previous = useShares(addMonths(month, -1), available);
  const gs = useGlobalSouth(definition);
  const nodes = useNodes(month, live);
  // The census snapshot's points, else the month's curated sample's (labelled as one).
  const drawnNodes = nodes.data?.snapshot ?? nodes.data?.sample ?? null;
  const locations = useNodeLocations(drawnNodes?.timestamp ?? null);
  const pools = usePools(month, live);
  const siteFacts = useSiteFacts();
  const concentration = useConcentration();
  const compared = useShares(compare, available);

  // keepPreviousData may hand back the previous month while the new one loads: say so, never pretend.
  const current =
    shares.data !== undefined && (shares.data === null || shares.data.month === month);
  const sharesData = shares.data ?? null;
  const byCountry = useMemo(
    () => (sharesData ? sharesByCountry(sharesData.rows) : null),
    [sharesData],
  );
  const prevMonth = addMonths(month, -1);
  // keepPreviousData may still hold an older month: only the month before counts (else: loading).
  const prevLoaded =
    previous.data === undefined || (previous.data !== null && previous.data.month !== prevMonth)
      ? undefined
      : previous.data;
  const prevData = prevLoaded ?? null;
  const topNote = useMemo(
    () => topChangeNote(current ? sharesData : null, prevMonth, prevLoaded),
    [current, sharesData, prevMonth, prevLoaded],
  );
  const top = useMemo(
    () =>
      sharesData
        ? topCountries(
            sharesData.rows,
            prevData && comparableShares(prevData, sharesData) ? prevData.rows : null,
          )
        : [],
    [sharesData, prevData],
  );
  const nodeData = nodes.data ?? null;
  const nodeCounts = useMemo(
    () =>
      nodeData?.snapshot ? new Map(nodeData.countries.map((c) => [c.country, c.count])) : null,
    [nodeData],
  );
  // A monitor's per-country counts (KIT DSN): never merged into the census counts above.
  const monitorCounts = useMemo(
    () =>
      nodeData?.countryCounts
        ? new Map(nodeData.countryCounts.countries.map((c) => [c.country, c.median]))
        : null,
    [nodeData],
  );
  const lastChanged = useLastChanged(live ? sharesData : null);
  const errorList = [shares, gs, nodes, pools, locations, concentration, siteFacts]
    .map((h) => h.error)
    .filter((e): e is Error => e instanceof Error);
  const errorKey = errorList.map((e) => e.message).join("\n");
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by message, so equal errors keep one array.
  const errors = useMemo(() => errorList, [errorKey]);
  const gsData = gs.data ?? null;
  // The two largest answers arrive after the first paint: deferred, the page takes them in an
  // interruptible render instead of one long task (React yields between components).
  const locationData = useDeferredValue(locations.data ?? null);
  // What the map's node and pool layers draw for this month: never another month's data.
  const nodeFrame = useMemo(
    () => nodesFrame(nodeData, locationData, month),
    [nodeData, locationData, month],
  );
  const poolData = pools.data ?? null;
  const poolFrame = poolsFrame(poolData, month);
  const factsData = useDeferredValue(siteFacts.data ?? null);
  const siteFrame = useMemo(() => sitesFrame(factsData, month), [factsData, month]);
  const concentrationData = concentration.data ?? null;
  const comparedData = compared.data ?? null;

  // One stable object while nothing it holds changes, so memoised panels skip slider renders.
  return useMemo(
    () => ({
      shares: sharesData,
      sharesCurrent: current,
      byCountry,
      unallocated: sharesData ? unallocatedShare(sharesData.rows) : null,
      top,
      topNote,
      gs: gsData,
      nodes: nodeData,
      nodeCounts,
      monitorCounts,
      nodeFrame,
      pools: poolData,
      poolFrame,
      siteFrame,
      concentration: concentrationData,
      compared: comparedData,
      lastChanged,
      errors,
    }),
    [
      sharesData,
      current,
      byCountry,
      top,
      topNote,
      gsData,
      nodeData,
      nodeCounts,
      monitorCounts,
      nodeFrame,
      poolData,
      poolFrame,
      siteFrame,
      concentrationData,
      comparedData,
      lastChanged,
      errors,
    ],
  );
}
