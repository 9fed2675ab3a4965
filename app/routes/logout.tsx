import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { audit } from "~/accounts/audit.server";
import { destroySession, getSession } from "~/accounts/session.server";
import { clientIp } from "~/platform/http.server";

// Logging out needs no CSRF token: the worst a forged post can do is end a session.
export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  const userId = session.get("userId");
  if (userId) await audit({ action: "logout", actorId: userId, subjectType: "User", subjectId: userId, ip: clientIp(request) });
  return redirect("/login", { headers: { "Set-Cookie": await destroySession(request, session) } });
}

export async function loader() {
  return redirect("/");
}
