import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

const titles: Record<number, string> = {
  400: "Onjuiste aanvraag",
  401: "Niet ingelogd",
  403: "Geen toegang",
  404: "Niet gevonden",
};

/** Route-level error boundary: shows `{ code, message }` errors inside the normal layout. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message =
    isRouteErrorResponse(error) && typeof error.data?.message === "string"
      ? error.data.message
      : "Er ging iets mis aan onze kant. Probeer het later opnieuw.";
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <section aria-labelledby="fout-titel">
      <h1 id="fout-titel" className="utrecht-heading-1">
        {titles[status] ?? "Er ging iets mis"}
      </h1>
      <p className="utrecht-paragraph">{message}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/">
          Naar de startpagina
        </Link>
      </p>
    </section>
  );
}
