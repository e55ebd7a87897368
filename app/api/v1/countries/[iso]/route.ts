import { z } from "zod";
import { getCountryHistory } from "@/lib/queries/country-view";
import { ApiError, handled } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { isIso2 } from "@/lib/geo/countries";
import { getStore } from "@/lib/bootstrap/instance";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ iso: string }> };

/** GET /api/v1/countries/{ISO}: one country's share history, node counts and pool servers. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { iso } = await params;
  return handled(async (req) => {
    parseQuery(req.url, z.object({}));
    if (!/^[A-Z]{2}$/.test(iso))
      throw new ApiError(
        400,
        "invalid_parameter",
        'Invalid "iso": expected an ISO 3166-1 alpha-2 code, e.g. KZ.',
      );
    if (!isIso2(iso))
      throw new ApiError(404, "not_found", `${iso} is not an assigned country code.`);
    const history = await getCountryHistory((await getStore()).db, iso);
    return Response.json(history, { headers: { "Cache-Control": "public, max-age=60" } });
  })(request);
}
