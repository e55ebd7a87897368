import { z } from "zod";
import { handled } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { downHealth, getHealth } from "@/lib/monitor/health";
import { StoreUnavailableError } from "@/lib/store/db";
import { getStore } from "@/lib/store/instance";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  try {
    const health = await getHealth(await getStore());
    return Response.json(health, { headers: noStore });
  } catch (error) {
    const message =
      error instanceof StoreUnavailableError ? error.message : "database query failed";
    return Response.json(downHealth(message), { status: 503, headers: noStore });
  }
});
