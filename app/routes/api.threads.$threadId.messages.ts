import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/accounts/auth.server";
import { orJsonError } from "~/intervisie/http.server";
import { messagesAfter } from "~/intervisie/threads.server";
import { jsonError } from "~/platform/http.server";
import { z } from "~/platform/validation";

const QuerySchema = z.object({ after: z.coerce.number().int().min(0).optional() });

/** GET /api/threads/:threadId/messages?after=…: the same messages `thread:join` returns, for members. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApiUser(request);
  const query = QuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, { code: "ongeldig", message: "after moet een berichtnummer zijn." });
  return orJsonError(async () =>
    Response.json(await messagesAfter(user, params.threadId!, query.data.after), { headers: { "Cache-Control": "no-store" } }),
  );
}
