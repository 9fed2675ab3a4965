import type { LoaderFunctionArgs } from "@remix-run/node";
import { errors } from "~/platform/errors";
import { fail } from "~/platform/http.server";
import { requirePlanOwner } from "~/plans/access.server";
import { exportResponse } from "~/plans/export.server";
import { parseExportName } from "~/plans/year";

// /plan/<jaar>.pdf and /plan/<jaar>.csv: the signed-in person's own plan. The leidinggevende uses
// /team/<userId>/plan/<jaar>.pdf (see team.$userId_.plan.$bestand.tsx).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const file = parseExportName(params.bestand);
  if (!file) fail(404, errors.notFound);
  const { user, owner } = await requirePlanOwner(request);
  return exportResponse(user, owner, file.jaar, file.ext, request);
}
