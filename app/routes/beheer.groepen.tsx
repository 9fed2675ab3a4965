import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/auth.server";
import { redirectWithMessage } from "~/accounts/session.server";
import { createGroup, DuplicateNameError, listGroups, renameGroup } from "~/accounts/users.server";
import { CsrfInput, ErrorSummary, Field } from "~/components/forms";
import { readForm } from "~/platform/forms.server";
import { z } from "~/platform/validation";

const naam = z.string({ error: "Vul een naam in." }).trim().min(2, "Een groepsnaam heeft minstens 2 tekens.").max(80, "Een groepsnaam mag hoogstens 80 tekens hebben.");

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("nieuw"), naam }),
  z.object({ intent: z.literal("hernoemen"), id: z.string(), naam }),
]);

export const meta: MetaFunction = () => [{ title: "Intervisiegroepen · Beheer · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const groups = await listGroups(admin.organisationId);
  return {
    groups: groups.map((g) => ({ id: g.id, naam: g.naam, leden: g.members.map((m) => ({ id: m.user.id, naam: m.user.naam })) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const form = await readForm(request, ActionSchema);
  if (!form.ok) return data({ message: "Controleer de gemarkeerde velden.", errors: form.fieldErrors, id: form.values.id }, { status: 400 });
  try {
    if (form.data.intent === "nieuw") await createGroup(admin.id, admin.organisationId, form.data.naam);
    else await renameGroup(admin.id, admin.organisationId, form.data.id, form.data.naam);
  } catch (error) {
    if (!(error instanceof DuplicateNameError)) throw error;
    return data({ message: "Er bestaat al een groep met deze naam.", errors: { naam: "Kies een andere naam." }, id: form.values.id }, { status: 400 });
  }
  return redirectWithMessage(request, "/beheer/groepen", `${form.data.naam} is opgeslagen.`);
}

export default function Groups() {
  const { groups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1 className="utrecht-heading-1">Intervisiegroepen</h1>
      <p className="utrecht-paragraph">Leden voeg je toe of verwijder je bij de gebruiker zelf. Een intervisiegroep heeft meestal 4 tot 8 leden.</p>
      <ErrorSummary message={result?.message} />
      <ul className="stack list-plain">
        {groups.map((g) => (
          <li key={g.id} className="card">
            <h2 className="utrecht-heading-3">{g.naam}</h2>
            <p className="utrecht-paragraph">
              {g.leden.length === 0
                ? "Nog geen leden. Voeg ze toe bij Gebruikers: open een gebruiker en vink deze groep aan."
                : g.leden.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 ? ", " : ""}
                      <Link className="utrecht-link" to={`/beheer/gebruikers/${m.id}`}>{m.naam}</Link>
                    </span>
                  ))}
            </p>
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="id" value={g.id} />
              <Field label={<>Naam<span className="visually-hidden"> van {g.naam}</span></>} name="naam" defaultValue={g.naam} required error={result?.id === g.id ? result.errors?.naam : undefined} />
              <button type="submit" name="intent" value="hernoemen" className="utrecht-button utrecht-button--secondary-action">
                Naam opslaan<span className="visually-hidden"> ({g.naam})</span>
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <section className="card" aria-labelledby="nieuwe-groep">
        <h2 id="nieuwe-groep" className="utrecht-heading-3">Nieuwe intervisiegroep</h2>
        <Form method="post" className="inline-form">
          <CsrfInput />
          <Field label="Naam" name="naam" required error={!result?.id ? result?.errors?.naam : undefined} />
          <button type="submit" name="intent" value="nieuw" className="utrecht-button utrecht-button--primary-action">
            Groep aanmaken
          </button>
        </Form>
      </section>
    </>
  );
}
