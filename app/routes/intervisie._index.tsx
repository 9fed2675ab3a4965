import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/accounts/auth.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { listCasesFor } from "~/intervisie/cases.server";
import { statusLabels } from "~/intervisie/labels";
import css from "~/intervisie/intervisie.css?url";

// Dutch calendar day on the server and in the browser alike (no hydration mismatch across time zones).
const dayFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });

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
      <p className="utrecht-paragraph">
        Bespreek casussen met je intervisiegroep, ook tussen de bijeenkomsten door. Alleen je groep ziet ze. Voordat je een casus deelt, wijst de
        app namen, BSN&apos;s en adressen aan die je eerst vervangt.
      </p>
      {groups.length === 0 ? (
        <div className="utrecht-alert utrecht-alert--info" role="status">
          <p className="utrecht-paragraph">
            Je bent nog geen lid van een intervisiegroep. Vraag de beheerder van Elke dag leren in je organisatie om je aan een groep toe te voegen;
            daarna zie je hier de casussen van je groep.
          </p>
        </div>
      ) : null}
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`groep-${g.id}`} className="stack intervisie-groep">
          <h2 id={`groep-${g.id}`} className="utrecht-heading-2">
            {g.naam}
          </h2>
          {g.cases.length === 0 ? (
            <p className="utrecht-paragraph muted">
              Nog geen casussen in deze groep.{" "}
              <Link className="utrecht-link" to="/intervisie/nieuw">
                Breng de eerste casus in
              </Link>
              .
            </p>
          ) : null}
          <ul className="list-plain stack">
            {g.cases.map((c) => (
              <li key={c.id} className="card">
                <h3 className="utrecht-heading-3">
                  <Link className="utrecht-link" to={`/intervisie/${c.id}`}>
                    {c.titel}
                  </Link>
                </h3>
                <p className="utrecht-paragraph small">
                  <span className={`badge${c.status === "gedeeld" ? "" : " badge--muted"}`}>{statusLabels[c.status] ?? c.status}</span> · ingebracht door {c.auteur} · bijgewerkt{" "}
                  <time dateTime={c.bijgewerkt}>{dayFormat.format(new Date(c.bijgewerkt))}</time>
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
