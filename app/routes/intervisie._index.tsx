import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/accounts/auth.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { listCasesFor } from "~/intervisie/cases.server";
import { statusLabels } from "~/intervisie/labels";
import css from "~/intervisie/intervisie.css?url";

export const meta: MetaFunction = () => [{ title: "Intervisie · Elke dag leren" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const groups = await listCasesFor(user);
  return {
    groups: groups.map((g) => ({
      id: g.id,
      naam: g.naam,
      cases: g.cases.map((c) => ({ id: c.id, titel: c.titel, status: c.status, auteur: c.author.naam, bijgewerkt: c.updatedAt.toISOString() })),
    })),
  };
}

export default function IntervisiePage() {
  const { groups } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-title-row">
        <h1 className="utrecht-heading-1">Intervisie</h1>
        {groups.length ? (
          <Link to="/intervisie/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            Nieuwe casus
          </Link>
        ) : null}
      </div>
      {groups.length === 0 ? (
        <div className="utrecht-alert utrecht-alert--info" role="status">
          <p className="utrecht-paragraph">Je bent nog geen lid van een intervisiegroep. Vraag de beheerder je toe te voegen.</p>
        </div>
      ) : null}
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`groep-${g.id}`} className="stack">
          <h2 id={`groep-${g.id}`} className="utrecht-heading-2">
            {g.naam}
          </h2>
          {g.cases.length === 0 ? <p className="utrecht-paragraph muted">Nog geen casussen. Deel de eerste.</p> : null}
          <ul className="list-plain stack">
            {g.cases.map((c) => (
              <li key={c.id} className="card">
                <h3 className="utrecht-heading-3">
                  <Link className="utrecht-link" to={`/intervisie/${c.id}`}>
                    {c.titel}
                  </Link>
                </h3>
                <p className="utrecht-paragraph small">
                  <span className={`badge${c.status === "gedeeld" ? "" : " badge--muted"}`}>{statusLabels[c.status] ?? c.status}</span> · ingebracht door {c.auteur}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
