import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/auth.server";
import type { Role } from "~/accounts/roles";
import { redirectWithMessage } from "~/accounts/session.server";
import { UserForm } from "~/accounts/user-form";
import { PasswordSchema, UserSchema } from "~/accounts/user-schema";
import {
  countActiveAdmins,
  DuplicateEmailError,
  getUserForAdmin,
  listGroups,
  listTeams,
  setActive,
  setPassword,
  updateUser,
} from "~/accounts/users.server";
import { CsrfInput, Field } from "~/components/forms";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { errors } from "~/platform/errors";
import { readForm } from "~/platform/forms.server";
import { fail, invariantResponse } from "~/platform/http.server";
import { z } from "~/platform/validation";

const ActionSchema = z.discriminatedUnion("intent", [
  UserSchema.extend({ intent: z.literal("opslaan") }),
  z.object({ intent: z.literal("deactiveren") }),
  z.object({ intent: z.literal("activeren") }),
  z.object({ intent: z.literal("wachtwoord"), wachtwoord: PasswordSchema }),
]);

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.user.naam ?? "Gebruiker"} · Beheer · Elke dag leren` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const user = await getUserForAdmin(admin.organisationId, params.id ?? "");
  invariantResponse(user, 404, errors.notFound);
  const [teams, groups] = await Promise.all([listTeams(admin.organisationId), listGroups(admin.organisationId)]);
  return {
    self: admin.id === user.id,
    user: {
      id: user.id,
      naam: user.naam,
      email: user.email,
      rol: user.rol as Role,
      actief: user.actief,
      teamId: user.teamId,
      leadsTeamIds: user.leads.map((l) => l.teamId),
      groupIds: user.groups.map((g) => g.groupId),
    },
    teams: teams.map(({ id, naam }) => ({ id, naam })),
    groups: groups.map(({ id, naam }) => ({ id, naam })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const id = params.id ?? "";
  const target = await getUserForAdmin(admin.organisationId, id);
  invariantResponse(target, 404, errors.notFound);
  const form = await readForm(request, ActionSchema);
  if (!form.ok) {
    return data({ message: "Controleer de gemarkeerde velden.", errors: form.fieldErrors }, { status: 400 });
  }
  const lastAdmin = target.rol === "beheerder" && (await countActiveAdmins(admin.organisationId)) <= 1;
  switch (form.data.intent) {
    case "opslaan": {
      const { intent: _intent, ...input } = form.data;
      if (lastAdmin && input.rol !== "beheerder") {
        return data({ message: "Dit is de laatste beheerder. Maak eerst iemand anders beheerder.", errors: { rol: "De laatste beheerder houdt deze rol." } }, { status: 400 });
      }
      try {
        await updateUser(admin.id, admin.organisationId, id, input);
      } catch (error) {
        if (!(error instanceof DuplicateEmailError)) throw error;
        return data({ message: "Er bestaat al een gebruiker met dit e-mailadres.", errors: { email: "Dit e-mailadres is al in gebruik." } }, { status: 400 });
      }
      return redirectWithMessage(request, "/beheer", `De gegevens van ${input.naam} zijn opgeslagen.`);
    }
    case "deactiveren":
      if (target.id === admin.id) fail(400, { code: "ongeldig", message: "Je kunt jezelf niet deactiveren." });
      await setActive(admin.id, admin.organisationId, id, false);
      return redirectWithMessage(request, "/beheer", `${target.naam} is gedeactiveerd en kan niet meer inloggen.`);
    case "activeren":
      await setActive(admin.id, admin.organisationId, id, true);
      return redirectWithMessage(request, `/beheer/gebruikers/${id}`, `${target.naam} is weer actief.`);
    case "wachtwoord":
      await setPassword(admin.id, admin.organisationId, id, form.data.wachtwoord);
      return redirectWithMessage(request, `/beheer/gebruikers/${id}`, `Het wachtwoord van ${target.naam} is gewijzigd. Geef het persoonlijk door.`);
  }
}

export default function EditUser() {
  const { user, teams, groups, self } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p><Link className="utrecht-link" to="/beheer">← Terug naar gebruikers</Link></p>
      <h1 className="utrecht-heading-1">{user.naam}</h1>
      {!user.actief ? <p className="badge badge--muted">Gedeactiveerd</p> : null}
      <UserForm teams={teams} groups={groups} values={user} errors={result?.errors} message={result?.message} withPassword={false} submitLabel="Wijzigingen opslaan" />

      <section className="card" aria-labelledby="ww-titel">
        <h2 id="ww-titel" className="utrecht-heading-2">Nieuw wachtwoord instellen</h2>
        <Form method="post" className="stack" noValidate>
          <CsrfInput />
          <Field label="Nieuw tijdelijk wachtwoord" name="wachtwoord" type="text" autoComplete="new-password" error={(result?.errors as Record<string, string> | undefined)?.wachtwoord} />
          <div>
            <button type="submit" name="intent" value="wachtwoord" className="utrecht-button utrecht-button--secondary-action">
              Wachtwoord instellen
            </button>
          </div>
        </Form>
      </section>

      <section className="card" aria-labelledby="status-titel">
        <h2 id="status-titel" className="utrecht-heading-2">Toegang</h2>
        <Form method="post">
          <CsrfInput />
          {user.actief ? (
            <>
              <p className="utrecht-paragraph">Na deactiveren kan {user.naam} niet meer inloggen; lopende sessies worden beëindigd. Gegevens blijven bewaard.</p>
              <button type="submit" name="intent" value="deactiveren" className="utrecht-button utrecht-button--secondary-action" disabled={self}>
                Gebruiker deactiveren
              </button>
              {self ? <p className="muted">Je kunt jezelf niet deactiveren.</p> : null}
            </>
          ) : (
            <button type="submit" name="intent" value="activeren" className="utrecht-button utrecht-button--secondary-action">
              Gebruiker weer activeren
            </button>
          )}
        </Form>
      </section>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
