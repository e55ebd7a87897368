import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { env } from "../../env";
import { redactSecrets } from "../../http/redact";
import { downHealth, getHealth } from "../../monitor/health";
import { StoreUnavailableError } from "../../store/db";
import { handled } from "../errors";
import { parseQuery } from "../query";

const noStore = { "Cache-Control": "no-store" };

export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  try {
    const health = await getHealth(
      await getStore(),
      new Date(),
      env().ATLAS_WORKER_TICK_SECONDS * 1000,
    );
    return Response.json(health, { headers: noStore });
  } catch (error) {
    // The detail (host, port, driver error) is for the operator's log, not for the public.
    console.error(
      JSON.stringify({
        level: "error",
        msg: "health: database unavailable",
        error: redactSecrets(String(error)),
      }),
    );
    const message =
      error instanceof StoreUnavailableError
        ? "Cannot reach the database (details in the server log)"
        : "Database query failed (details in the server log)";
    return Response.json(downHealth(message), { status: 503, headers: noStore });
  }
});
