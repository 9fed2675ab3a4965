import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requireUser } from "~/accounts/auth.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { NotYetAvailable } from "~/components/not-yet";

export const meta: MetaFunction = () => [{ title: "Mijn opleidingsplan · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export default function Page() {
  return <NotYetAvailable title="Mijn opleidingsplan">Je persoonlijke ontwikkelplan, gekoppeld aan competenties, komt binnenkort.</NotYetAvailable>;
}

export const ErrorBoundary = RouteErrorBoundary;
