import type { LoaderFunctionArgs } from "@remix-run/node";
import { errors } from "~/platform/errors";
import { fail } from "~/platform/http.server";
import { requireLeaderOf } from "~/plans/access.server";
import { exportResponse } from "~/plans/export.server";
import { parseExportName } from "~/plans/year";

// /team/<userId>/plan/<jaar>.pdf|.csv: a team member's plan for their leidinggevende (audited).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const file = parseExportName(params.bestand);
  if (!file) fail(404, errors.notFound);
  const { leader, member } = await requireLeaderOf(request, params.userId ?? "");
  return exportResponse(leader, member, file.jaar, file.ext, request);
}
