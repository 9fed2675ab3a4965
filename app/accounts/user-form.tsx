import { Form, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { CheckboxField, CsrfInput, ErrorSummary, Field, SelectField } from "~/components/forms";
import type { FieldErrors } from "~/platform/validation";
import { passwordRulesText } from "./password-rules";
import { roleLabels, roles, type Role } from "./roles";

type Option = { id: string; naam: string };
export type UserFormValues = {
  naam: string;
  email: string;
  rol: Role;
  teamId: string | null;
  leadsTeamIds: string[];
  groupIds: string[];
};

export function UserForm({
  teams,
  groups,
  values,
  errors,
  message,
  withPassword,
  submitLabel,
}: {
  teams: Option[];
  groups: Option[];
  values?: Partial<UserFormValues>;
  errors?: FieldErrors;
  message?: string;
  withPassword: boolean;
  submitLabel: string;
}) {
  const [rol, setRol] = useState<Role>(values?.rol ?? "klantmanager");
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" className="stack" noValidate>
      <CsrfInput />
      <ErrorSummary message={message} errors={errors} />
      <Field label="Naam" name="naam" autoComplete="off" required defaultValue={values?.naam} error={errors?.naam} />
      <Field label="E-mailadres" name="email" type="email" autoComplete="off" required defaultValue={values?.email} error={errors?.email} />
      <SelectField label="Rol" name="rol" value={rol} onChange={(e) => setRol(e.target.value as Role)} error={errors?.rol}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Team" name="teamId" defaultValue={values?.teamId ?? ""}>
        <option value="">Geen team</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.naam}
          </option>
        ))}
      </SelectField>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" disabled={rol !== "leidinggevende"} hidden={rol !== "leidinggevende"}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Leidinggevende van</legend>
        {teams.map((t) => (
          <CheckboxField key={t.id} name="leadsTeamIds" value={t.id} label={t.naam} checked={values?.leadsTeamIds?.includes(t.id)} />
        ))}
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Intervisiegroepen</legend>
        {groups.length === 0 ? <p className="utrecht-paragraph">Er zijn nog geen intervisiegroepen.</p> : null}
        {groups.map((g) => (
          <CheckboxField key={g.id} name="groupIds" value={g.id} label={g.naam} checked={values?.groupIds?.includes(g.id)} />
        ))}
      </fieldset>
      {withPassword ? (
        <Field
          label="Tijdelijk wachtwoord"
          name="wachtwoord"
          type="text"
          autoComplete="new-password"
          required
          hint={`${passwordRulesText} Geef het wachtwoord persoonlijk door.`}
          error={errors?.wachtwoord}
        />
      ) : null}
      <div>
        <button type="submit" name="intent" value="opslaan" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy}>
          {busy ? "Bezig met opslaan…" : submitLabel}
        </button>
      </div>
    </Form>
  );
}
