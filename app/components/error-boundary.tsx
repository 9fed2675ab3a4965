import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

const titles: Record<number, string> = {
  400: "Onjuiste aanvraag",
  401: "Niet ingelogd",
  403: "Geen toegang",
  404: "Niet gevonden",
};

/** What the user can do next, per status: an error page always says so. */
const nextSteps: Record<number, string> = {
  403: "Denk je dat je hier wel bij moet kunnen? Vraag de beheerder van Elke dag leren in je organisatie om je rol, team of intervisiegroep aan te passen.",
  404: "Controleer het adres, of ga via het menu bovenaan verder. Kwam je hier via een link in de app? Dan is de pagina misschien verwijderd.",
  500: "Je gegevens zijn niet kwijt. Laad de pagina over een paar minuten opnieuw; blijft het misgaan, meld het dan bij de beheerder.",
};

export const GENERIC_ERROR = "Er ging iets mis aan onze kant. Probeer het later opnieuw.";

/**
 * What an error boundary shows for a caught error: its status (500 for a thrown exception), the message it carries
 * (`{ code, message }` responses) if any, and the next step for that status. Used by the route and the root boundary.
 */
export function describeError(error: unknown): { status: number; message?: string; next?: string } {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = isRouteErrorResponse(error) && typeof error.data?.message === "string" ? error.data.message : undefined;
  return { status, message, next: nextSteps[status] ?? (status >= 500 ? nextSteps[500] : undefined) };
}

/** Route-level error boundary: shows `{ code, message }` errors inside the normal layout. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { status, message = GENERIC_ERROR, next } = describeError(error);
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <section aria-labelledby="fout-titel">
      <h1 id="fout-titel" className="utrecht-heading-1">
        {titles[status] ?? "Er ging iets mis"}
      </h1>
      <p className="utrecht-paragraph">{message}</p>
      {next ? <p className="utrecht-paragraph">{next}</p> : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/">
          Naar de startpagina
        </Link>
      </p>
    </section>
  );
}
