import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { CsrfInput } from "~/components/forms";
import { readForm } from "~/platform/forms.server";
import { z } from "~/platform/validation";
import { requireOwnGoal } from "~/plans/access.server";
import { getCatalogue } from "~/plans/competences.server";
import { PlanSubPage } from "~/plans/components";
import { dateFromInput, dayKey } from "~/plans/format";
import { GoalForm } from "~/plans/goal-form";
import { deleteGoal, PlanError, updateGoal } from "~/plans/plans.server";
import { GoalSchema } from "~/plans/schemas";
import css from "~/plans/plans.css?url";

const DeleteSchema = z.object({ intent: z.literal("verwijderen") });

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.values.titel ?? "Doel"} wijzigen · Mijn opleidingsplan · Elke dag leren` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { goal } = await requireOwnGoal(request, params.goalId ?? "");
  const { groups } = await getCatalogue();
  return {
    jaar: goal.plan.jaar,
    groups,
    values: {
      titel: goal.titel,
      competenties: goal.competences.map((c) => c.competentie),
      huidigNiveau: String(goal.huidigNiveau),
      doelNiveau: String(goal.doelNiveau),
      deadline: goal.deadline ? dayKey(goal.deadline) : "",
      status: goal.status,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, goal } = await requireOwnGoal(request, params.goalId ?? "");
  const back = `/plan?jaar=${goal.plan.jaar}`;
  const clone = request.clone();
  const intent = (await clone.formData()).get("intent");
  try {
    if (intent === "verwijderen") {
      const form = await readForm(request, DeleteSchema);
      if (!form.ok) return data({ message: "Verwijderen mislukte.", errors: {}, values: undefined }, { status: 400 });
      await deleteGoal(user, goal);
      return redirectWithMessage(request, back, `Doel "${goal.titel}" is verwijderd. De activiteiten staan nu bij Overige activiteiten.`);
    }
    const form = await readForm(request, GoalSchema);
    const values = { ...form.values, competenties: form.formData.getAll("competenties").map(String) };
    if (!form.ok) return data({ message: "Controleer de gemarkeerde velden.", errors: form.fieldErrors, values }, { status: 400 });
    const catalogue = await getCatalogue();
    if (form.data.competenties.some((c) => !catalogue.byId.has(c))) {
      return data({ message: "Controleer de gemarkeerde velden.", errors: { competenties: "Kies competenties uit de lijst." }, values }, { status: 400 });
    }
    await updateGoal(user, goal, { ...form.data, deadline: form.data.deadline ? dateFromInput(form.data.deadline) : null });
    return redirectWithMessage(request, back, `Doel "${form.data.titel}" is opgeslagen.`);
  } catch (error) {
    if (error instanceof PlanError) return data({ message: error.message, errors: {}, values: undefined }, { status: 409 });
    throw error;
  }
}

export default function EditGoal() {
  const { jaar, groups, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const back = `/plan?jaar=${jaar}`;
  return (
    <PlanSubPage title="Doel wijzigen" back={back}>
      <GoalForm groups={groups} values={result?.values ?? values} errors={result?.errors} message={result?.message} submitLabel="Wijzigingen opslaan" cancelTo={back} />
      <section className="card" aria-labelledby="verwijder-titel">
        <h2 id="verwijder-titel" className="utrecht-heading-3">Doel verwijderen</h2>
        <p className="utrecht-paragraph">De activiteiten bij dit doel blijven in je plan staan, onder Overige activiteiten.</p>
        <Form method="post">
          <CsrfInput />
          <button type="submit" name="intent" value="verwijderen" className="utrecht-button utrecht-button--secondary-action">
            Doel verwijderen
          </button>
        </Form>
      </section>
    </PlanSubPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
