import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requireUser } from "~/accounts/auth.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { NotYetAvailable } from "~/components/not-yet";

export const meta: MetaFunction = () => [{ title: "Intervisie · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export default function Page() {
  return <NotYetAvailable title="Intervisie">Casuïstiek delen en live bespreken met je intervisiegroep komt binnenkort.</NotYetAvailable>;
}

export const ErrorBoundary = RouteErrorBoundary;
