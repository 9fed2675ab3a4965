import { redirect } from "@remix-run/node";
import { errors } from "~/platform/errors";
import { db } from "~/platform/db.server";
import { fail, jsonError } from "~/platform/http.server";
import { getSession } from "./session.server";
import type { Role } from "./roles";

export type CurrentUser = {
  id: string;
  naam: string;
  email: string;
  rol: Role;
  organisationId: string;
  teamId: string | null;
  /** teams this user leads (leidinggevende) */
  leadsTeamIds: string[];
  /** intervisiegroepen this user is a member of */
  groupIds: string[];
  demo: boolean;
};

export async function loadUser(userId: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { leads: { select: { teamId: true } }, groups: { select: { groupId: true } } },
  });
  if (!user || !user.actief) return null;
  return {
    id: user.id,
    naam: user.naam,
    email: user.email,
    rol: user.rol as Role,
    organisationId: user.organisationId,
    teamId: user.teamId,
    leadsTeamIds: user.leads.map((l) => l.teamId),
    groupIds: user.groups.map((g) => g.groupId),
    demo: user.demo,
  };
}

// The root loader and the page loader ask for the same request's user; look it up once per request.
const usersByRequest = new WeakMap<Request, Promise<CurrentUser | null>>();

export function getUser(request: Request): Promise<CurrentUser | null> {
  let user = usersByRequest.get(request);
  if (!user) {
    user = getSession(request).then((session) => {
      const userId = session.get("userId");
      return userId ? loadUser(userId) : null;
    });
    usersByRequest.set(request, user);
  }
  return user;
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const redirectTo = url.pathname + url.search;
  throw redirect(redirectTo === "/" ? "/login" : `/login?${new URLSearchParams({ redirectTo })}`);
}

/** For pages: sends a visitor without a session to the login page and back afterwards. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getUser(request);
  if (!user) loginRedirect(request);
  return user;
}

/** For pages: 403 with a Dutch message unless the user has one of the roles. */
export async function requireRole(request: Request, ...allowed: Role[]): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!allowed.includes(user.rol)) fail(403, errors.forbidden);
  return user;
}

/** For JSON endpoints: 401 `{code, message}` instead of a redirect. */
export async function requireApiUser(request: Request): Promise<CurrentUser> {
  const user = await getUser(request);
  if (!user) throw jsonError(401, errors.unauthenticated);
  return user;
}

/** Only relative paths inside the app, so a login link cannot send someone elsewhere. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
