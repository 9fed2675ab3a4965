import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/auth.server";
import { redirectWithMessage } from "~/accounts/session.server";
import { UserForm } from "~/accounts/user-form";
import { PasswordSchema, UserSchema } from "~/accounts/user-schema";
import { createUser, DuplicateEmailError, listGroups, listTeams } from "~/accounts/users.server";
import { readForm } from "~/platform/forms.server";

const NewUserSchema = UserSchema.extend({ wachtwoord: PasswordSchema });

export const meta: MetaFunction = () => [{ title: "Nieuwe gebruiker · Beheer · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const [teams, groups] = await Promise.all([listTeams(admin.organisationId), listGroups(admin.organisationId)]);
  return { teams: teams.map(({ id, naam }) => ({ id, naam })), groups: groups.map(({ id, naam }) => ({ id, naam })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, "beheerder");
  const form = await readForm(request, NewUserSchema);
  if (!form.ok) {
    return data({ message: "Controleer de gemarkeerde velden.", errors: form.fieldErrors, values: form.values }, { status: 400 });
  }
  try {
    const { wachtwoord, ...input } = form.data;
    const user = await createUser(admin.id, admin.organisationId, input, wachtwoord);
    return redirectWithMessage(request, "/beheer", `${user.naam} is aangemaakt en kan nu inloggen met ${user.email}.`);
  } catch (error) {
    if (!(error instanceof DuplicateEmailError)) throw error;
    return data(
      { message: "Er bestaat al een gebruiker met dit e-mailadres.", errors: { email: "Dit e-mailadres is al in gebruik." }, values: form.values },
      { status: 400 },
    );
  }
}

export default function NewUser() {
  const { teams, groups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = result?.values;
  return (
    <>
      <p><Link className="utrecht-link" to="/beheer">← Terug naar gebruikers</Link></p>
      <h1 className="utrecht-heading-1">Nieuwe gebruiker</h1>
      <UserForm
        teams={teams}
        groups={groups}
        withPassword
        submitLabel="Gebruiker aanmaken"
        message={result?.message}
        errors={result?.errors}
        values={
          values && {
            naam: values.naam,
            email: values.email,
            rol: (values.rol as never) ?? "klantmanager",
            teamId: values.teamId || null,
            leadsTeamIds: values.leadsTeamIds?.split(",") ?? [],
            groupIds: values.groupIds?.split(",") ?? [],
          }
        }
      />
    </>
  );
}
