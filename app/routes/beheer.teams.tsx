import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/auth.server";
import { redirectWithMessage } from "~/accounts/session.server";
import { createTeam, DuplicateNameError, listTeams, updateTeam } from "~/accounts/users.server";
import { CsrfInput, ErrorSummary, Field } from "~/components/forms";
import { readForm } from "~/platform/forms.server";
import { z } from "~/platform/validation";

const naam = z.string({ error: "Vul een naam in." }).trim().min(2, "Een teamnaam heeft minstens 2 tekens.").max(80, "Een teamnaam mag hoogstens 80 tekens hebben.");
const budget = z.coerce
  .number({ error: "Vul een bedrag in euro's in." })
  .min(0, "Het budget kan niet negatief zijn.")
  .max(100_000, "Dat budget is onwaarschijnlijk hoog; controleer het bedrag.")
  .transform((euro) => Math.round(euro * 100));

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("nieuw"), naam, budget }),
  z.object({ intent: z.literal("wijzigen"), id: z.string(), naam, budget }),
]);

export const meta: MetaFunction = () => [{ title: "Teams · Beheer · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const teams = await listTeams(admin.organisationId);
  return {
    teams: teams.map((t) => ({
      id: t.id,
      naam: t.naam,
      budget: t.budgetPerLid / 100,
      leden: t._count.members,
      leidinggevenden: t.leads.map((l) => l.user.naam).join(", "),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const form = await readForm(request, ActionSchema);
  if (!form.ok) return data({ message: "Controleer de gemarkeerde velden.", errors: form.fieldErrors, id: form.values.id }, { status: 400 });
  try {
    if (form.data.intent === "nieuw") {
      await createTeam(admin.id, admin.organisationId, form.data.naam, form.data.budget);
      return redirectWithMessage(request, "/beheer/teams", `${form.data.naam} is aangemaakt.`);
    }
    await updateTeam(admin.id, admin.organisationId, form.data.id, form.data.naam, form.data.budget);
    return redirectWithMessage(request, "/beheer/teams", `${form.data.naam} is opgeslagen.`);
  } catch (error) {
    if (!(error instanceof DuplicateNameError)) throw error;
    return data({ message: "Er bestaat al een team met deze naam.", errors: { naam: "Kies een andere naam." }, id: form.values.id }, { status: 400 });
  }
}

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

export default function Teams() {
  const { teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1 className="utrecht-heading-1">Teams</h1>
      <ErrorSummary message={result?.message} />
      <ul className="stack list-plain">
        {teams.map((t) => (
          <li key={t.id} className="card">
            <h2 className="utrecht-heading-3">{t.naam}</h2>
            <p className="utrecht-paragraph muted">
              {t.leden} {t.leden === 1 ? "lid" : "leden"} · {t.leidinggevenden ? `leidinggevende: ${t.leidinggevenden}` : "nog geen leidinggevende (kies die bij de gebruiker)"} · opleidingsbudget {euro.format(t.budget)} per lid per jaar
            </p>
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="id" value={t.id} />
              <Field label={<>Naam<span className="visually-hidden"> van {t.naam}</span></>} name="naam" defaultValue={t.naam} required error={result?.id === t.id ? result.errors?.naam : undefined} />
              <Field label={<>Budget per lid per jaar (euro)<span className="visually-hidden"> voor {t.naam}</span></>} name="budget" type="number" min={0} step="1" inputMode="decimal" defaultValue={t.budget} required error={result?.id === t.id ? result.errors?.budget : undefined} />
              <button type="submit" name="intent" value="wijzigen" className="utrecht-button utrecht-button--secondary-action">
                Opslaan<span className="visually-hidden"> ({t.naam})</span>
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <section className="card" aria-labelledby="nieuw-team">
        <h2 id="nieuw-team" className="utrecht-heading-3">Nieuw team</h2>
        <Form method="post" className="inline-form">
          <CsrfInput />
          <Field label="Naam" name="naam" required error={!result?.id ? result?.errors?.naam : undefined} />
          <Field label="Budget per lid per jaar (euro)" name="budget" type="number" min={0} step="1" defaultValue={925} required error={!result?.id ? result?.errors?.budget : undefined} />
          <button type="submit" name="intent" value="nieuw" className="utrecht-button utrecht-button--primary-action">
            Team aanmaken
          </button>
        </Form>
      </section>
    </>
  );
}
