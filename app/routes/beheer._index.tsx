import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/auth.server";
import { roleLabels, type Role } from "~/accounts/roles";
import { listUsers } from "~/accounts/users.server";

export const meta: MetaFunction = () => [{ title: "Gebruikers · Beheer · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const users = await listUsers(admin.organisationId);
  return {
    users: users.map((u) => ({
      id: u.id,
      naam: u.naam,
      email: u.email,
      rol: roleLabels[u.rol as Role],
      team: u.team?.naam ?? "—",
      leidt: u.leads.map((l) => l.team.naam).join(", "),
      groepen: u.groups.map((g) => g.group.naam).join(", ") || "—",
      actief: u.actief,
    })),
  };
}

export default function Users() {
  const { users } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-title-row">
        <h1 className="utrecht-heading-1">Gebruikers</h1>
        <Link to="/beheer/gebruikers/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">
          Nieuwe gebruiker
        </Link>
      </div>
      <div className="table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{users.length} gebruikers in jouw organisatie</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Naam</th>
              <th className="utrecht-table__header-cell" scope="col">Rol</th>
              <th className="utrecht-table__header-cell" scope="col">Team</th>
              <th className="utrecht-table__header-cell" scope="col">Intervisiegroepen</th>
              <th className="utrecht-table__header-cell" scope="col">Status</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {users.map((u) => (
              <tr key={u.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link" to={`/beheer/gebruikers/${u.id}`}>
                    {u.naam}
                  </Link>
                  <br />
                  <span className="muted">{u.email}</span>
                </td>
                <td className="utrecht-table__cell">
                  {u.rol}
                  {u.leidt ? <span className="muted"> van {u.leidt}</span> : null}
                </td>
                <td className="utrecht-table__cell">{u.team}</td>
                <td className="utrecht-table__cell">{u.groepen}</td>
                <td className="utrecht-table__cell">{u.actief ? "Actief" : <span className="badge badge--muted">Gedeactiveerd</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
