import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { readForm } from "~/platform/forms.server";
import { requirePlanOwner } from "~/plans/access.server";
import { getCatalogue } from "~/plans/competences.server";
import { PlanSubPage } from "~/plans/components";
import { dateFromInput } from "~/plans/format";
import { GoalForm } from "~/plans/goal-form";
import { createGoal, currentYear, PlanError } from "~/plans/plans.server";
import { GoalSchema } from "~/plans/schemas";
import { parseYear } from "~/plans/year";
import css from "~/plans/plans.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Doel toevoegen · Mijn opleidingsplan · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlanOwner(request);
  const jaar = parseYear(new URL(request.url).searchParams.get("jaar"), currentYear());
  const { groups } = await getCatalogue();
  return { jaar, groups };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePlanOwner(request);
  const jaar = parseYear(new URL(request.url).searchParams.get("jaar"), currentYear());
  const form = await readForm(request, GoalSchema);
  const values = { ...form.values, competenties: form.formData.getAll("competenties").map(String) };
  if (!form.ok) return data({ message: "Controleer de gemarkeerde velden.", errors: form.fieldErrors, values }, { status: 400 });
  const catalogue = await getCatalogue();
  if (form.data.competenties.some((c) => !catalogue.byId.has(c))) {
    return data({ message: "Controleer de gemarkeerde velden.", errors: { competenties: "Kies competenties uit de lijst." }, values }, { status: 400 });
  }
  try {
    await createGoal(user, jaar, { ...form.data, deadline: form.data.deadline ? dateFromInput(form.data.deadline) : null });
  } catch (error) {
    if (error instanceof PlanError) return data({ message: error.message, errors: {}, values }, { status: 409 });
    throw error;
  }
  return redirectWithMessage(request, `/plan?jaar=${jaar}`, `Doel "${form.data.titel}" is toegevoegd.`);
}

export default function NewGoal() {
  const { jaar, groups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <PlanSubPage title={`Doel toevoegen aan plan ${jaar}`} back={`/plan?jaar=${jaar}`}>
      <GoalForm groups={groups} values={result?.values ?? {}} errors={result?.errors} message={result?.message} submitLabel="Doel toevoegen" cancelTo={`/plan?jaar=${jaar}`} />
    </PlanSubPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
