import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requireRole } from "~/accounts/auth.server";
import { RouteErrorBoundary } from "~/components/error-boundary";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "beheerder");
  return null;
}

export default function BeheerLayout() {
  return (
    <>
      <nav aria-label="Beheer" className="sub-nav">
        <ul>
          <li><NavLink to="/beheer" end>Gebruikers</NavLink></li>
          <li><NavLink to="/beheer/teams">Teams</NavLink></li>
          <li><NavLink to="/beheer/groepen">Intervisiegroepen</NavLink></li>
          <li><NavLink to="/beheer/audit">Auditlog</NavLink></li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
