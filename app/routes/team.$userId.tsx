import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { CsrfInput, ErrorSummary, TextareaField } from "~/components/forms";
import { readForm } from "~/platform/forms.server";
import { clientIp } from "~/platform/http.server";
import { z } from "~/platform/validation";
import { requireLeaderOf } from "~/plans/access.server";
import { getCatalogue } from "~/plans/competences.server";
import { ActivityTable, ChangeLog, GoalHeader, PlanFacts, PlanStatusBadge, PlanSubPage, Review } from "~/plans/components";
import { currentYear, getPlanView, PlanError, pointsFor, transitionPlan } from "~/plans/plans.server";
import { availableTransitions } from "~/plans/workflow";
import { parseYear } from "~/plans/year";
import css from "~/plans/plans.css?url";

const ActionSchema = z.object({
  intent: z.enum(["goedkeuren", "terugsturen", "afronden", "heropenen"]),
  jaar: z.coerce.number().int().min(2000).max(2100),
  commentaar: z.string().trim().max(2000, "Houd de opmerking korter dan 2000 tekens.").optional(),
});

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Plan ${data?.plan.jaar ?? ""} van ${data?.plan.owner.naam ?? "medewerker"} · Team · Elke dag leren` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { member } = await requireLeaderOf(request, params.userId ?? "");
  const jaar = parseYear(new URL(request.url).searchParams.get("jaar"), currentYear());
  const [plan, points] = await Promise.all([getPlanView(member, jaar, await getCatalogue()), pointsFor(member.id)]);
  return {
    plan,
    ...points,
    transitions: plan.id ? availableTransitions({ status: plan.status, gewijzigdNaGoedkeuring: plan.gewijzigdNaGoedkeuring, goalCount: plan.goals.length }, "leidinggevende") : [],
  };
}

const messages = {
  goedkeuren: (naam: string) => `Het plan van ${naam} is goedgekeurd.`,
  terugsturen: (naam: string) => `Het plan van ${naam} is teruggestuurd met je opmerking.`,
  afronden: (naam: string) => `Het plan van ${naam} is afgerond.`,
  heropenen: (naam: string) => `Het plan van ${naam} is weer geopend.`,
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { leader, member } = await requireLeaderOf(request, params.userId ?? "");
  const form = await readForm(request, ActionSchema);
  if (!form.ok) return data({ message: "Controleer je opmerking.", errors: form.fieldErrors, values: form.values }, { status: 400 });
  try {
    await transitionPlan(leader, "leidinggevende", member.id, form.data.jaar, form.data.intent, form.data.commentaar, clientIp(request));
  } catch (error) {
    if (error instanceof PlanError) return data({ message: error.message, errors: { commentaar: form.data.intent === "terugsturen" ? error.message : undefined }, values: form.values }, { status: 409 });
    throw error;
  }
  const back = form.data.intent === "goedkeuren" || form.data.intent === "terugsturen" ? `/team?jaar=${form.data.jaar}` : `/team/${member.id}?jaar=${form.data.jaar}`;
  return redirectWithMessage(request, back, messages[form.data.intent](member.naam));
}

export default function MemberPlan() {
  const { plan, punten, periode, transitions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const base = `/team/${plan.owner.id}/plan/${plan.jaar}`;
  const reviewing = transitions.includes("goedkeuren") || transitions.includes("terugsturen");
  return (
    <PlanSubPage title={`Plan ${plan.jaar} van ${plan.owner.naam}`} back={`/team?jaar=${plan.jaar}`} backLabel="Terug naar het team">
      <ErrorSummary message={result?.message} />

      <section className="card" aria-labelledby="status-titel">
        <h2 id="status-titel" className="utrecht-heading-2">
          Status {plan.id ? <PlanStatusBadge status={plan.status} changed={plan.gewijzigdNaGoedkeuring} /> : <PlanStatusBadge status={null} />}
        </h2>
        {!plan.id ? <p className="utrecht-paragraph">{plan.owner.naam} heeft voor {plan.jaar} nog geen plan gemaakt.</p> : null}
        {plan.id && plan.status === "concept" ? (
          <p className="utrecht-paragraph">
            {plan.owner.naam} werkt nog aan dit plan. Zodra het is ingediend, kun je het hier goedkeuren of met een opmerking terugsturen.
          </p>
        ) : null}
        <Review plan={plan} />
        <PlanFacts plan={plan} punten={punten} periode={periode} />
        {plan.id ? (
          <p className="utrecht-paragraph plan-downloads">
            Voor het jaargesprek:{" "}
            <a className="utrecht-link" href={`${base}.pdf`} download>
              download als PDF
            </a>{" "}
            of{" "}
            <a className="utrecht-link" href={`${base}.csv`} download>
              als CSV (Excel)
            </a>
          </p>
        ) : null}
      </section>

      {reviewing ? (
        <section className="card review-card" aria-labelledby="beoordelen-titel">
          <h2 id="beoordelen-titel" className="utrecht-heading-2">
            {plan.status === "ingediend" ? "Plan beoordelen" : "Wijzigingen na goedkeuring beoordelen"}
          </h2>
          <Form method="post" className="stack">
            <CsrfInput />
            <input type="hidden" name="jaar" value={plan.jaar} />
            <TextareaField
              label={`Opmerking voor ${plan.owner.naam}`}
              name="commentaar"
              rows={3}
              defaultValue={result?.values?.commentaar ?? ""}
              error={result?.errors?.commentaar}
              hint="Optioneel bij goedkeuren, verplicht bij terugsturen."
            />
            <div className="plan-actions">
              {transitions.includes("goedkeuren") ? (
                <button type="submit" name="intent" value="goedkeuren" className="utrecht-button utrecht-button--primary-action">
                  {plan.status === "ingediend" ? "Plan goedkeuren" : "Wijzigingen goedkeuren"}
                </button>
              ) : null}
              {transitions.includes("terugsturen") ? (
                <button type="submit" name="intent" value="terugsturen" className="utrecht-button utrecht-button--secondary-action">
                  Terugsturen met opmerking
                </button>
              ) : null}
            </div>
          </Form>
        </section>
      ) : null}

      <ChangeLog changes={plan.changes} />

      {plan.id ? (
        <section aria-labelledby="doelen-titel">
          <h2 id="doelen-titel" className="utrecht-heading-2">
            Doelen
          </h2>
          {plan.goals.length === 0 ? <p className="utrecht-paragraph">Nog geen doelen.</p> : null}
          {plan.goals.map((goal, i) => (
            <article key={goal.id} className="card goal-card" aria-labelledby={`doel-${goal.id}`}>
              <GoalHeader goal={goal} index={i} />
              <h4 className="utrecht-heading-4">Activiteiten</h4>
              <ActivityTable activities={goal.activities} caption={`Activiteiten bij ${goal.titel}`} editable={false} />
            </article>
          ))}
          <section className="card" aria-labelledby="overig-titel">
            <h3 id="overig-titel" className="utrecht-heading-3">
              Overige activiteiten
            </h3>
            <p className="utrecht-paragraph muted">Van intervisie zie je alleen uren en datums.</p>
            <ActivityTable activities={plan.overige} caption="Overige activiteiten" editable={false} />
          </section>
        </section>
      ) : null}

      {transitions.includes("afronden") || transitions.includes("heropenen") ? (
        <section className="card" aria-labelledby="afronden-titel">
          <h2 id="afronden-titel" className="utrecht-heading-3">
            {transitions.includes("afronden") ? "Plan afronden" : "Plan heropenen"}
          </h2>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="jaar" value={plan.jaar} />
            {transitions.includes("afronden") ? (
              <button type="submit" name="intent" value="afronden" className="utrecht-button utrecht-button--secondary-action">
                Plan afronden na het jaargesprek
              </button>
            ) : (
              <button type="submit" name="intent" value="heropenen" className="utrecht-button utrecht-button--secondary-action">
                Plan heropenen
              </button>
            )}
          </Form>
        </section>
      ) : null}
    </PlanSubPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
