import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/accounts/auth.server";
import { getLibrary } from "~/methods/library.server";
import { parseSearchParams, search } from "~/methods/search.server";
import { jsonError } from "~/platform/http.server";

/**
 * GET /api/zoeken?q=…&erkenning=…&competentie=…&doelgroep=… (parameters may repeat):
 * `{total, results: [{slug, titel, samenvatting, erkenning, score, snippet, gevondenVia}], facets}`, best first;
 * `gevondenVia` lists the doelgroepen and tags (`{text, soort}`) a hit matched when its snippet marks nothing.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireApiUser(request);
  const library = await getLibrary();
  const parsed = parseSearchParams(new URL(request.url).searchParams, library.index);
  if (!parsed.ok) return jsonError(400, parsed.error);
  // Results depend on the session (logged-in only), so no shared cache may keep them.
  return Response.json(search(library.index, parsed.data), { headers: { "Cache-Control": "private, no-store" } });
}
