import type { MetaFunction } from "@remix-run/node";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { fail } from "~/platform/http.server";

// Every address no other route knows: a 404 inside the normal layout, so the header and menu stay in reach.

export const meta: MetaFunction = () => [{ title: "Pagina niet gevonden · Elke dag leren" }];

function notFound(): never {
  fail(404, { code: "not_found", message: "Deze pagina bestaat niet." });
}

export const loader = async (): Promise<never> => notFound();
// A form posted to an address that does not exist is a 404 too, not "method not allowed".
export const action = async (): Promise<never> => notFound();

export default function NotFound() {
  return null;
}

export const ErrorBoundary = RouteErrorBoundary;
