import { databaseIsReachable } from "~/platform/db.server";

export async function loader() {
  const ok = await databaseIsReachable();
  return Response.json(
    ok ? { status: "ok", db: "ok" } : { status: "error", db: "onbereikbaar" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
