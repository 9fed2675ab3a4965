import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/auth.server";
import { db } from "~/platform/db.server";

export const meta: MetaFunction = () => [{ title: "Auditlog · Beheer · Elke dag leren" }];

const actionLabels: Record<string, string> = {
  login: "Ingelogd",
  login_mislukt: "Inloggen mislukt",
  login_geblokkeerd: "Inloggen geblokkeerd (te veel pogingen)",
  logout: "Uitgelogd",
  gebruiker_aangemaakt: "Gebruiker aangemaakt",
  gebruiker_gewijzigd: "Gebruiker gewijzigd",
  rol_gewijzigd: "Rol gewijzigd",
  gebruiker_gedeactiveerd: "Gebruiker gedeactiveerd",
  gebruiker_geactiveerd: "Gebruiker geactiveerd",
  wachtwoord_gewijzigd: "Wachtwoord ingesteld",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const users = await db.user.findMany({ where: { organisationId: admin.organisationId }, select: { id: true, naam: true } });
  const names = new Map(users.map((u) => [u.id, u.naam]));
  const events = await db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 200 });
  return {
    events: events
      .filter((e) => !e.actorId || names.has(e.actorId))
      .map((e) => ({
        id: e.id,
        op: e.createdAt.toISOString(),
        wie: e.actorId ? names.get(e.actorId) : "—",
        wat: actionLabels[e.action] ?? e.action,
        betreft: e.subjectType === "User" && e.subjectId ? (names.get(e.subjectId) ?? "") : "",
        details: e.details === "{}" ? "" : e.details,
        ip: e.ip ?? "",
      })),
  };
}

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });

export default function Audit() {
  const { events } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="utrecht-heading-1">Auditlog</h1>
      <p className="utrecht-paragraph">De laatste 200 gevoelige handelingen: inloggen, rollen, deactiveren en uitzonderingen op de privacycontrole.</p>
      {/* Focusable so a keyboard can scroll the table sideways on a phone (it holds no links). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Auditlog">
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Wanneer</th>
              <th className="utrecht-table__header-cell" scope="col">Wie</th>
              <th className="utrecht-table__header-cell" scope="col">Wat</th>
              <th className="utrecht-table__header-cell" scope="col">Betreft</th>
              <th className="utrecht-table__header-cell" scope="col">Details</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {events.map((e) => (
              <tr key={e.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{when.format(new Date(e.op))}</td>
                <td className="utrecht-table__cell">{e.wie}</td>
                <td className="utrecht-table__cell">{e.wat}</td>
                <td className="utrecht-table__cell">{e.betreft}</td>
                <td className="utrecht-table__cell"><code className="small">{e.details}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
