import { z } from "zod";
import { cardFigure, ShareCard } from "../../../components/og/ShareCard";
import { getStore } from "../../bootstrap/instance";
import { getDefinition } from "../../geo/definitions";
import { getGlobalSouthSeries } from "../../queries/global-south-view";
import { getMonthIndex, getShareView } from "../../queries/shares-view";
import { clientKey } from "../client";
import { ApiError, handled } from "../errors";
import { definitionParam, monthParam } from "../params";
import { cachedPreview, previewResponse } from "../preview/respond";
import { parseQuery } from "../query";

const CACHE_CONTROL = "public, max-age=3600";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({
  m: monthParam.optional(),
  gs: definitionParam,
});

/** The social preview of a deep link to `/` (month and definition from the same parameters). */
export const GET = handled(async (request) => {
  const { m, gs } = parseQuery(request.url, query);
  const repeat = await cachedPreview(request, CACHE_CONTROL);
  if (repeat) return repeat;
  const { db } = await getStore();
  const month = m ?? (await getMonthIndex(db)).latest;
  const view = month ? await getShareView(db, month) : null;
  if (!month || !view) throw new ApiError(404, "not_found", `No data for ${m ?? "any month"}.`);
  const definition = getDefinition(gs);
  const members = new Set(definition.members);
  const point = (await getGlobalSouthSeries(db, definition)).find((p) => p.month === month);
  const figure = cardFigure(point);
  // Rendered once per card content, in turn, limited per client (lib/api/preview/).
  return previewResponse(
    <ShareCard
      month={month}
      definitionName={definition.name}
      globalSouth={figure.value}
      globalSouthNote={figure.note}
      caveats={point?.caveats ?? []}
      method={view.method}
      rows={view.rows.slice(0, 6).map((r) => ({
        name: r.name,
        share: r.share,
        south: r.country === null ? null : members.has(r.country),
      }))}
      attribution={`Source: ${view.source.attribution} (${view.source.licence})`}
      footnote={`${view.source.name} · countries named for ${Math.round(view.coverage * 1000) / 10}% of hashrate · orange = Global South`}
    />,
    {
      client: clientKey(request),
      cacheControl: CACHE_CONTROL,
      request,
      size: { width: 1200, height: 630 },
    },
  );
});
