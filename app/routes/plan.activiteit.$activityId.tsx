import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { CsrfInput } from "~/components/forms";
import { db } from "~/platform/db.server";
import { readForm } from "~/platform/forms.server";
import { z } from "~/platform/validation";
import { requireOwnActivity } from "~/plans/access.server";
import { ActivityForm } from "~/plans/activity-form";
import { PlanSubPage } from "~/plans/components";
import { centsToInput, dateFromInput, dayKey, numberToInput } from "~/plans/format";
import { deleteActivity, PlanError, updateActivity } from "~/plans/plans.server";
import { ActivitySchema, activityYearError } from "~/plans/schemas";
import css from "~/plans/plans.css?url";

const DeleteSchema = z.object({ intent: z.literal("verwijderen") });

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Activiteit wijzigen · Mijn opleidingsplan · Elke dag leren" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { activity } = await requireOwnActivity(request, params.activityId ?? "");
  const goals = await db.goal.findMany({ where: { planId: activity.planId }, select: { id: true, titel: true }, orderBy: { createdAt: "asc" } });
  return {
    jaar: activity.plan.jaar,
    goals,
    automatisch: activity.intervisieSessionId !== null,
    values: {
      goalId: activity.goalId ?? "",
      type: activity.type,
      titel: activity.titel,
      datum: dayKey(activity.datum),
      uren: numberToInput(activity.uren),
      kosten: activity.kostenCent ? centsToInput(activity.kostenCent) : "",
      aanbieder: activity.aanbieder ?? "",
      registerpunten: numberToInput(activity.registerpunten),
      notities: activity.notities ?? "",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, activity } = await requireOwnActivity(request, params.activityId ?? "");
  const back = `/plan?jaar=${activity.plan.jaar}`;
  const intent = (await request.clone().formData()).get("intent");
  try {
    if (intent === "verwijderen") {
      const form = await readForm(request, DeleteSchema);
      if (!form.ok) return data({ message: "Verwijderen mislukte.", errors: {}, values: undefined }, { status: 400 });
      await deleteActivity(user, activity);
      return redirectWithMessage(request, back, `Activiteit "${activity.titel}" is verwijderd.`);
    }
    const form = await readForm(request, ActivitySchema);
    if (!form.ok) return data({ message: "Controleer de gemarkeerde velden.", errors: form.fieldErrors, values: form.values }, { status: 400 });
    const yearError = activityYearError(form.data.datum, activity.plan.jaar);
    if (yearError) return data({ message: "Controleer de gemarkeerde velden.", errors: { datum: yearError }, values: form.values }, { status: 400 });
    const { jaar: _jaar, kosten, datum, ...rest } = form.data;
    await updateActivity(user, activity, { ...rest, kostenCent: kosten, datum: dateFromInput(datum) });
    return redirectWithMessage(request, back, `Activiteit "${form.data.titel}" is opgeslagen.`);
  } catch (error) {
    if (error instanceof PlanError) return data({ message: error.message, errors: {}, values: undefined }, { status: 409 });
    throw error;
  }
}

export default function EditActivity() {
  const { jaar, goals, values, automatisch } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const back = `/plan?jaar=${jaar}`;
  return (
    <PlanSubPage title="Activiteit wijzigen" back={back}>
      {automatisch ? (
        <div className="utrecht-alert utrecht-alert--info">
          <p className="utrecht-paragraph">Deze uren komen automatisch uit een intervisiebijeenkomst en kun je niet wijzigen.</p>
        </div>
      ) : (
        <>
          <ActivityForm jaar={jaar} goals={goals} values={result?.values ?? values} errors={result?.errors} message={result?.message} submitLabel="Wijzigingen opslaan" cancelTo={back} />
          <section className="card" aria-labelledby="verwijder-titel">
            <h2 id="verwijder-titel" className="utrecht-heading-3">Activiteit verwijderen</h2>
            <Form method="post">
              <CsrfInput />
              <button type="submit" name="intent" value="verwijderen" className="utrecht-button utrecht-button--secondary-action">
                Activiteit verwijderen
              </button>
            </Form>
          </section>
        </>
      )}
    </PlanSubPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
