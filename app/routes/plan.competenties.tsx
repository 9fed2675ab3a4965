import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { CsrfInput, ErrorSummary } from "~/components/forms";
import { readForm } from "~/platform/forms.server";
import { z } from "~/platform/validation";
import { requirePlanOwner } from "~/plans/access.server";
import { getCatalogue } from "~/plans/competences.server";
import { PlanSubPage } from "~/plans/components";
import { getSelfAssessments, saveSelfAssessments } from "~/plans/plans.server";
import { LEVELS, levelLabels } from "~/plans/types";
import css from "~/plans/plans.css?url";

// Field names are "niveau:<competence id>"; the value is 1–4 or "" (not assessed).
const ActionSchema = z.record(z.string(), z.string());

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Zelfbeoordeling competenties · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePlanOwner(request);
  const [{ groups }, levels] = await Promise.all([getCatalogue(), getSelfAssessments(user.id)]);
  return { groups, levels: Object.fromEntries(levels) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requirePlanOwner(request);
  const form = await readForm(request, ActionSchema);
  if (!form.ok) return data({ message: "Er ging iets mis met een van de niveaus. Laad de pagina opnieuw." }, { status: 400 });
  const { byId } = await getCatalogue();
  const entries = Object.entries(form.data).filter(([k]) => k.startsWith("niveau:"));
  const levels = new Map<string, number | null>();
  for (const [key, value] of entries) {
    const id = key.slice("niveau:".length);
    if (!byId.has(id) || !["", "1", "2", "3", "4"].includes(value)) {
      return data({ message: "Er ging iets mis met een van de niveaus. Laad de pagina opnieuw." }, { status: 400 });
    }
    levels.set(id, value === "" ? null : Number(value));
  }
  await saveSelfAssessments(user.id, levels);
  return redirectWithMessage(request, "/plan", "Je zelfbeoordeling is opgeslagen.");
}

export default function SelfAssessment() {
  const { groups, levels } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <PlanSubPage title="Zelfbeoordeling competenties" back="/plan">
      <p className="utrecht-paragraph">
        Geef per competentie aan waar je nu staat. Je leidinggevende ziet je niveaus in het teamoverzicht, naast de doelen die jullie afspreken. Twijfel je? Lees wat de niveaus betekenen.
      </p>
      <ErrorSummary message={result?.message} />
      <Form method="post" className="stack">
        <CsrfInput />
        {groups.map((group) => (
          <section key={group.id} className="card" aria-labelledby={`rol-${group.id}`}>
            <h2 id={`rol-${group.id}`} className="utrecht-heading-2">
              {group.naam}
            </h2>
            <p className="utrecht-paragraph muted">{group.omschrijving}</p>
            {group.competenties.map((c) => {
              const current = levels[c.id];
              return (
                <fieldset key={c.id} className="assessment" aria-describedby={`oms-${c.id}`}>
                  <legend className="assessment__legend">{c.naam}</legend>
                  <p id={`oms-${c.id}`} className="utrecht-paragraph small">
                    {c.omschrijving}
                  </p>
                  <div className="assessment__options">
                    <label>
                      <input type="radio" name={`niveau:${c.id}`} value="" defaultChecked={current === undefined} /> Nog niet ingevuld
                    </label>
                    {LEVELS.map((l) => (
                      <label key={l}>
                        <input type="radio" name={`niveau:${c.id}`} value={l} defaultChecked={current === l} /> {levelLabels[l]}
                      </label>
                    ))}
                  </div>
                  <details className="assessment__levels">
                    <summary>
                      Wat betekenen de niveaus<span className="visually-hidden"> bij {c.naam}</span>?
                    </summary>
                    <dl>
                      {LEVELS.map((l) => (
                        <div key={l}>
                          <dt>{levelLabels[l]}</dt>
                          <dd>{c.niveaus[l]}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                </fieldset>
              );
            })}
          </section>
        ))}
        <div className="plan-actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Zelfbeoordeling opslaan
          </button>
          <Link className="utrecht-link" to="/plan">
            Annuleren
          </Link>
        </div>
      </Form>
    </PlanSubPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
