import type { MetaFunction } from "@remix-run/node";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { fail } from "~/platform/http.server";

// Every address no other route knows: a 404 inside the normal layout, so the header and menu stay in reach.

export const meta: MetaFunction = () => [{ title: "Pagina niet gevonden · Elke dag leren" }];

export async function loader(): Promise<never> {
  fail(404, { code: "not_found", message: "Deze pagina bestaat niet." });
}

export default function NotFound() {
  return null;
}

export const ErrorBoundary = RouteErrorBoundary;
