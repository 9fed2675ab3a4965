import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { db } from "~/platform/db.server";
import { readForm } from "~/platform/forms.server";
import { requirePlanOwner } from "~/plans/access.server";
import { ActivityForm } from "~/plans/activity-form";
import { PlanSubPage } from "~/plans/components";
import { dateFromInput, todayKey } from "~/plans/format";
import { addActivity, currentYear, PlanError } from "~/plans/plans.server";
import { ActivitySchema, activityYearError } from "~/plans/schemas";
import { parseYear } from "~/plans/year";
import css from "~/plans/plans.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Activiteit toevoegen · Mijn opleidingsplan · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePlanOwner(request);
  const url = new URL(request.url);
  const goalId = url.searchParams.get("doel");
  // the goal decides the year; otherwise ?jaar= or this year
  const goal = goalId ? await db.goal.findFirst({ where: { id: goalId, plan: { userId: user.id } }, include: { plan: true } }) : null;
  const jaar = goal?.plan.jaar ?? parseYear(url.searchParams.get("jaar"), currentYear());
  const goals = await db.goal.findMany({ where: { plan: { userId: user.id, jaar } }, select: { id: true, titel: true }, orderBy: { createdAt: "asc" } });
  const today = todayKey();
  return { jaar, goals, values: { goalId: goal?.id ?? "", datum: today.startsWith(`${jaar}-`) ? today : "" } };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePlanOwner(request);
  const form = await readForm(request, ActivitySchema);
  const jaar = parseYear(form.values.jaar, currentYear());
  const fail = (message: string, errors: Record<string, string | undefined>, status = 400) => data({ message, errors, values: form.values }, { status });
  if (!form.ok) return fail("Controleer de gemarkeerde velden.", form.fieldErrors);
  const yearError = activityYearError(form.data.datum, form.data.jaar);
  if (yearError) return fail("Controleer de gemarkeerde velden.", { datum: yearError });
  const { jaar: _jaar, kosten, datum, ...rest } = form.data;
  try {
    await addActivity(user, jaar, { ...rest, kostenCent: kosten, datum: dateFromInput(datum) });
  } catch (error) {
    if (error instanceof PlanError) return fail(error.message, {}, 409);
    throw error;
  }
  return redirectWithMessage(request, `/plan?jaar=${jaar}`, `Activiteit "${form.data.titel}" is toegevoegd.`);
}

export default function NewActivity() {
  const { jaar, goals, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const back = `/plan?jaar=${jaar}`;
  return (
    <PlanSubPage title={`Activiteit toevoegen aan plan ${jaar}`} back={back}>
      <ActivityForm jaar={jaar} goals={goals} values={result?.values ?? values} errors={result?.errors} message={result?.message} submitLabel="Activiteit toevoegen" cancelTo={back} />
    </PlanSubPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
