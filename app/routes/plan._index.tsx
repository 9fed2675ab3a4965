import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { CsrfInput, ErrorSummary } from "~/components/forms";
import { readForm } from "~/platform/forms.server";
import { clientIp } from "~/platform/http.server";
import { z } from "~/platform/validation";
import { hasApprover, requirePlanOwner } from "~/plans/access.server";
import { getCatalogue } from "~/plans/competences.server";
import { ActivityTable, ChangeLog, GoalHeader, PlanFacts, PlanStatusBadge, Review, TransitionButton } from "~/plans/components";
import { todayKey } from "~/plans/format";
import { addActivity, currentYear, getPlanView, getSelfAssessments, planYears, PlanError, pointsFor, transitionPlan } from "~/plans/plans.server";
import { dateFromInput } from "~/plans/format";
import { availableTransitions, editBlockedMessage, ownerCanEdit } from "~/plans/workflow";
import { parseYear } from "~/plans/year";
import css from "~/plans/plans.css?url";

const jaar = z.coerce.number({ error: "Onbekend planjaar." }).int().min(2000).max(2100);
const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["indienen", "intrekken", "afronden"]), jaar }),
  z.object({ intent: z.literal("methode"), jaar, goalId: z.string().min(1), slug: z.string().min(1) }),
]);

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Mijn opleidingsplan ${data?.plan.jaar ?? ""} · Elke dag leren` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { owner } = await requirePlanOwner(request);
  const year = parseYear(new URL(request.url).searchParams.get("jaar"), currentYear());
  const catalogue = await getCatalogue();
  const [plan, years, assessments, points, approver] = await Promise.all([
    getPlanView(owner, year, catalogue),
    planYears(owner.id),
    getSelfAssessments(owner.id),
    pointsFor(owner.id),
    hasApprover(owner),
  ]);
  const competenceCount = catalogue.byId.size;
  return {
    plan,
    years,
    ingevuld: [...assessments.keys()].filter((k) => catalogue.byId.has(k)).length,
    competenceCount,
    transitions: availableTransitions({ status: plan.status, gewijzigdNaGoedkeuring: plan.gewijzigdNaGoedkeuring, goalCount: plan.goals.length }, "eigenaar"),
    editable: ownerCanEdit(plan.status),
    approver,
    ...points,
  };
}

const messages = {
  indienen: "Je plan is ingediend. Je leidinggevende kan het nu goedkeuren.",
  intrekken: "Je plan is ingetrokken en weer een concept. Je kunt het opnieuw indienen.",
  afronden: "Je plan is afgerond.",
};

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePlanOwner(request);
  const form = await readForm(request, ActionSchema);
  if (!form.ok) return data({ message: "Deze actie kon niet worden uitgevoerd." }, { status: 400 });
  const back = `/plan?jaar=${form.data.jaar}`;
  try {
    if (form.data.intent === "methode") {
      const { slug, goalId } = form.data;
      const catalogue = await getCatalogue();
      const method = catalogue.methods.find((m) => m.slug === slug);
      if (!method) return data({ message: "Deze methode bestaat niet (meer) in Wat werkt." }, { status: 400 });
      const today = todayKey();
      const inYear = today.startsWith(String(form.data.jaar)) ? today : `${form.data.jaar}-12-31`;
      await addActivity(user, form.data.jaar, {
        goalId,
        type: "methode",
        titel: `Methode toepassen: ${method.titel}`,
        datum: dateFromInput(inYear),
        uren: 0,
        kostenCent: 0,
        aanbieder: null,
        registerpunten: null,
        notities: null,
        methodSlug: method.slug,
      });
      return redirectWithMessage(request, back, `"${method.titel}" staat als activiteit in je plan. Vul na het toepassen je uren en reflectie aan.`);
    }
    await transitionPlan(user, "eigenaar", user.id, form.data.jaar, form.data.intent, undefined, clientIp(request));
    return redirectWithMessage(request, back, messages[form.data.intent]);
  } catch (error) {
    if (error instanceof PlanError) return data({ message: error.message }, { status: 409 });
    throw error;
  }
}

export default function MyPlan() {
  const { plan, years, ingevuld, competenceCount, transitions, editable, punten, periode, approver } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const q = `?jaar=${plan.jaar}`;
  return (
    <div className="plans-page">
      <div className="page-title-row">
        <h1 className="utrecht-heading-1">Mijn opleidingsplan {plan.jaar}</h1>
        {years.length > 1 ? (
          <Form method="get" className="inline-form">
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="jaar-kiezen">
                Ander jaar
              </label>
              <select id="jaar-kiezen" name="jaar" defaultValue={plan.jaar} className="utrecht-select utrecht-select--html-select">
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              Tonen
            </button>
          </Form>
        ) : null}
      </div>
      <ErrorSummary message={result?.message} />

      <section className="card" aria-labelledby="status-titel">
        <h2 id="status-titel" className="utrecht-heading-2">
          Status <PlanStatusBadge status={plan.status} changed={plan.gewijzigdNaGoedkeuring} />
        </h2>
        <p className="utrecht-paragraph">{nextStep(plan.status, plan.goals.length, plan.gewijzigdNaGoedkeuring)}</p>
        {!approver && (plan.status === "concept" || plan.status === "ingediend") ? (
          <div className="utrecht-alert utrecht-alert--warning" role="status">
            <p className="utrecht-paragraph">
              Je hebt in Elke dag leren nog geen leidinggevende, dus niemand kan je plan goedkeuren. Vraag de beheerder om je
              aan een team met een leidinggevende toe te voegen.
            </p>
          </div>
        ) : null}
        <Review plan={plan} />
        {transitions.length > 0 ? (
          <div className="plan-actions">
            {transitions.includes("indienen") ? <TransitionButton jaar={plan.jaar} intent="indienen" label="Plan indienen bij mijn leidinggevende" /> : null}
            {transitions.includes("intrekken") ? <TransitionButton jaar={plan.jaar} intent="intrekken" label="Plan intrekken om te wijzigen" secondary /> : null}
            {transitions.includes("afronden") ? <TransitionButton jaar={plan.jaar} intent="afronden" label="Plan afronden (na het jaargesprek)" secondary /> : null}
          </div>
        ) : null}
        <PlanFacts plan={plan} punten={punten} periode={periode} />
        <p className="utrecht-paragraph plan-downloads">
          Voor het jaargesprek:{" "}
          <a className="utrecht-link" href={`/plan/${plan.jaar}.pdf`} download>
            download als PDF
          </a>{" "}
          of{" "}
          <a className="utrecht-link" href={`/plan/${plan.jaar}.csv`} download>
            als CSV (Excel)
          </a>
        </p>
      </section>

      <section className="card" aria-labelledby="competenties-titel">
        <h2 id="competenties-titel" className="utrecht-heading-2">Competenties</h2>
        <p className="utrecht-paragraph">
          Je hebt {ingevuld} van de {competenceCount} competenties beoordeeld.{" "}
          <Link className="utrecht-link" to="/plan/competenties">
            {ingevuld === 0 ? "Beoordeel jezelf" : "Zelfbeoordeling bekijken of bijwerken"}
          </Link>
        </p>
      </section>

      <section aria-labelledby="doelen-titel">
        <div className="page-title-row">
          <h2 id="doelen-titel" className="utrecht-heading-2">Doelen</h2>
          {editable ? (
            <Link className="utrecht-button utrecht-button--primary-action plan-button-link" to={`/plan/doel/nieuw${q}`}>
              Doel toevoegen
            </Link>
          ) : null}
        </div>
        {!editable ? <p className="utrecht-paragraph muted">{editBlockedMessage(plan.status)}</p> : null}
        {plan.goals.length === 0 ? (
          <p className="utrecht-paragraph">Je hebt nog geen doelen voor {plan.jaar}. Begin met wat je wilt leren, bijvoorbeeld juridische kennis of gesprekstechnieken.</p>
        ) : null}
        {plan.goals.map((goal, i) => (
          <article key={goal.id} className="card goal-card" aria-labelledby={`doel-${goal.id}`}>
            <GoalHeader goal={goal} index={i} />
            <h4 className="utrecht-heading-4">Activiteiten</h4>
            <ActivityTable activities={goal.activities} caption={`Activiteiten bij ${goal.titel}`} editable={editable} />
            {editable ? (
              <p className="plan-actions">
                <Link className="utrecht-link" to={`/plan/activiteit/nieuw?doel=${goal.id}`}>
                  Activiteit toevoegen<span className="visually-hidden"> bij {goal.titel}</span>
                </Link>
                <Link className="utrecht-link" to={`/plan/doel/${goal.id}`}>
                  Doel wijzigen<span className="visually-hidden"> ({goal.titel})</span>
                </Link>
              </p>
            ) : null}
            {editable && goal.suggesties.length > 0 ? (
              <div className="plan-suggestions">
                <h4 className="utrecht-heading-4">Methoden uit Wat werkt bij deze competenties</h4>
                <ul className="list-plain">
                  {goal.suggesties.map((m) => (
                    <li key={m.slug}>
                      <Form method="post" className="suggestion">
                        <CsrfInput />
                        <input type="hidden" name="jaar" value={plan.jaar} />
                        <input type="hidden" name="goalId" value={goal.id} />
                        <input type="hidden" name="slug" value={m.slug} />
                        <span>
                          <Link className="utrecht-link" to={`/methoden/${m.slug}`}>
                            {m.titel}
                          </Link>{" "}
                          <span className="muted small">({m.erkenning})</span>
                        </span>
                        <button type="submit" name="intent" value="methode" className="utrecht-button utrecht-button--secondary-action utrecht-button--small">
                          Toevoegen als activiteit<span className="visually-hidden">: {m.titel}</span>
                        </button>
                      </Form>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </article>
        ))}
      </section>

      <section className="card" aria-labelledby="overig-titel">
        <h2 id="overig-titel" className="utrecht-heading-2">Overige activiteiten</h2>
        <p className="utrecht-paragraph muted">Uren van afgesloten intervisiebijeenkomsten komen hier vanzelf bij. Je leidinggevende ziet alleen uren en datums, nooit de inhoud.</p>
        <ActivityTable activities={plan.overige} caption="Overige activiteiten" editable={editable} />
        {editable ? (
          <p>
            <Link className="utrecht-link" to={`/plan/activiteit/nieuw${q}`}>
              Activiteit zonder doel toevoegen
            </Link>
          </p>
        ) : null}
      </section>

      <ChangeLog changes={plan.changes} />
    </div>
  );
}

function nextStep(status: string, goals: number, changed: boolean): string {
  switch (status) {
    case "concept":
      return goals === 0
        ? "Voeg je doelen toe en dien het plan in bij je leidinggevende."
        : "Klaar? Dien het plan in, dan kan je leidinggevende het goedkeuren.";
    case "ingediend":
      return "Je leidinggevende bekijkt je plan. Je hoort het als het is goedgekeurd of teruggestuurd.";
    case "goedgekeurd":
      return changed
        ? "Je hebt na de goedkeuring iets gewijzigd. Je leidinggevende ziet de wijzigingen hieronder."
        : "Je plan is goedgekeurd. Houd je activiteiten bij; wijzigingen ziet je leidinggevende.";
    default:
      return "Dit plan is afgerond.";
  }
}

export const ErrorBoundary = RouteErrorBoundary;
