import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { isIso2Shape } from "../../core/country-code";
import { isIso2 } from "../../geo/countries";
import { getCountryHistory } from "../../queries/country-view";
import { ApiError, handled } from "../errors";
import { parseQuery } from "../query";

type Context = { params: Promise<{ iso: string }> };

/** GET /api/v1/countries/{ISO}: one country's share history, node counts and pool servers. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { iso } = await params;
  return handled(async (req) => {
    parseQuery(req.url, z.object({}));
    if (!isIso2Shape(iso))
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
