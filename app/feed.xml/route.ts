import { z } from "zod";
import { handled } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { getStore } from "@/lib/bootstrap/instance";
import { env } from "@/lib/env";
import { publicOriginFor } from "@/lib/http/public-origin";
import { renderAtomFeed } from "@/lib/monitor/feed";
import { listAlerts } from "@/lib/store/alerts";

export const dynamic = "force-dynamic";

export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const alerts = await listAlerts((await getStore()).db, { limit: 100 });
  // An allowed origin, else links relative to the feed's own URL (never a forged Host).
  const headers = new Headers(request.headers);
  if (!headers.has("host")) headers.set("host", new URL(request.url).host);
  const base = publicOriginFor(headers) ?? "";
  return new Response(renderAtomFeed(alerts, base, new Date().toISOString()), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      // Links built from the request's Host must not be cached for other visitors (a forged
      // Host would otherwise poison the shared copy); with ATLAS_PUBLIC_URL they are fixed.
      "Cache-Control": env().ATLAS_PUBLIC_URL ? "public, max-age=300" : "private, max-age=300",
    },
  });
});
