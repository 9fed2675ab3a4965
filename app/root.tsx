import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import utrechtCss from "@utrecht/component-library-css/dist/index.css?url";
import themeCss from "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?url";
import { getUser } from "~/accounts/auth.server";
import { ensureCsrfToken } from "~/accounts/csrf.server";
import { hasDemoAccounts } from "~/accounts/seed.server";
import { commitSession, getSession } from "~/accounts/session.server";
import { describeError, GENERIC_ERROR } from "~/components/error-boundary";
import { SuccessMessage } from "~/components/forms";
import { AppHeader, type HeaderUser } from "~/components/layout";
import { useNonce } from "~/components/nonce";
import appCss from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "icon", href: "data:," },
  { rel: "stylesheet", href: themeCss },
  { rel: "stylesheet", href: utrechtCss },
  { rel: "stylesheet", href: appCss },
];

export const meta: MetaFunction = () => [{ title: "Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, session, demo] = await Promise.all([getUser(request), getSession(request), hasDemoAccounts()]);
  const { token, created } = ensureCsrfToken(session);
  const melding = session.get("melding") ?? null;
  const headers = created || melding ? { "Set-Cookie": await commitSession(request, session) } : undefined;
  return data(
    {
      user: user && { id: user.id, naam: user.naam, rol: user.rol, leidt: user.leadsTeamIds.length > 0 },
      csrf: token,
      demo,
      melding,
    },
    { headers },
  );
}

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

function Document({ children, title }: { children: React.ReactNode; title?: string }) {
  const nonce = useNonce();
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {title ? <title>{title}</title> : null}
        <Meta />
        <Links />
      </head>
      <body className="voorbeeld-theme utrecht-document utrecht-document--surface">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** The frame of every page: skip link, header, optional demo notice, the main content, footer. */
function Page({ title, user, demo, children }: { title?: string; user: HeaderUser; demo?: boolean; children: React.ReactNode }) {
  return (
    <Document title={title}>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <AppHeader user={user} />
      {demo ? (
        <p className="demo-banner" role="note">
          Dit is een demonstratie-omgeving met voorbeeldaccounts. Voer geen echte cliëntgegevens in.
        </p>
      ) : null}
      <main id="inhoud" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>Elke dag leren · Gemeente Voorbeeldstad</p>
      </footer>
    </Document>
  );
}

export default function App() {
  const { user, demo, melding } = useLoaderData<typeof loader>();
  return (
    <Page user={user} demo={demo}>
      <SuccessMessage message={melding} />
      <Outlet />
    </Page>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  // Present for an unknown address (the root loader ran); absent when the root loader itself failed.
  const root = useRouteLoaderData<typeof loader>("root");
  const { status, message = status === 404 ? "Deze pagina bestaat niet." : GENERIC_ERROR, next } = describeError(error);
  const heading = status === 404 ? "Pagina niet gevonden" : status === 403 ? "Geen toegang" : "Er ging iets mis";
  return (
    <Page title={`${heading} · Elke dag leren`} user={root?.user ?? null}>
      <h1 className="utrecht-heading-1">{heading}</h1>
      <p className="utrecht-paragraph">{message}</p>
      {next ? <p className="utrecht-paragraph">{next}</p> : null}
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/">
          Naar de startpagina
        </a>
      </p>
    </Page>
  );
}
