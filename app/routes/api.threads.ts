import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/accounts/auth.server";
import { listThreadsFor } from "~/intervisie/threads.server";

/** GET /api/threads: the threads the logged-in user may see, `[{id, titel, groep}]`. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireApiUser(request);
  const threads = await listThreadsFor(user);
  return Response.json(
    threads.map(({ id, titel, groep }) => ({ id, titel, groep })),
    { headers: { "Cache-Control": "no-store" } },
  );
}
