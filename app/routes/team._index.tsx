import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requireRole } from "~/accounts/auth.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { NotYetAvailable } from "~/components/not-yet";

export const meta: MetaFunction = () => [{ title: "Team · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "leidinggevende");
  return null;
}

export default function Page() {
  return <NotYetAvailable title="Team">Het teamoverzicht met plannen, voortgang en budget komt binnenkort.</NotYetAvailable>;
}

export const ErrorBoundary = RouteErrorBoundary;
