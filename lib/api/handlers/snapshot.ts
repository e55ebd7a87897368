import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { snapshotIdSchema } from "../../share/snapshot-request";
import { loadSnapshot } from "../../share/snapshots";
import { csvResponse, toCsv } from "../csv";
import { ApiError, handledWithParams } from "../errors";
import { formatParam } from "../params";
import { parseQuery } from "../query";
import { shareTableCsv } from "../share-table-csv";

const IMMUTABLE = "public, max-age=31536000, immutable";

export const GET = handledWithParams<{ id: string }>(async (request, { id }) => {
  const { format } = parseQuery(request.url, z.object({ format: formatParam }));
  if (!snapshotIdSchema.safeParse(id).success)
    throw new ApiError(400, "invalid_parameter", "Not a snapshot id.");
  const snapshot = await loadSnapshot((await getStore()).db, id);
  if (!snapshot) throw new ApiError(404, "not_found", `No snapshot ${id}.`);
  const { data } = snapshot;
  if (format === "csv" && !data.shares && data.estimate) {
    const members = new Set(data.definition.members);
    const e = data.estimate;
    const res = csvResponse(
      toCsv(
        [
          "month",
          "definition",
          "country",
          "low",
          "high",
          "state",
          "method",
          "global_south",
          "eff",
          "pue",
          "win",
        ],
        e.countries.map((c) => [
          data.month,
          data.definition.id,
          c.iso,
          c.low,
          c.high,
          c.state,
          "estimated",
          members.has(c.iso),
          e.assumptions.eff,
          e.assumptions.pue,
          e.assumptions.win,
        ]),
      ),
      `hashrate-atlas-${data.month}-${data.definition.id}-estimated-${id}.csv`,
    );
    res.headers.set("Cache-Control", IMMUTABLE);
    return res;
  }
  if (format === "csv") {
    // The live view's table layout (lib/api/share-table-csv.ts), frozen: same columns, same order.
    const res = csvResponse(
      shareTableCsv(data.shares ? [data.shares] : [], data.definition),
      `hashrate-atlas-${data.month}-${data.definition.id}-${id}.csv`,
    );
    res.headers.set("Cache-Control", IMMUTABLE);
    return res;
  }
  return Response.json(
    { id, createdAt: snapshot.createdAt, ...data },
    { headers: { "Cache-Control": IMMUTABLE } },
  );
});
