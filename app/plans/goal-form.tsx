import { Form, Link } from "@remix-run/react";
import { CheckboxField, CsrfInput, ErrorSummary, Field, fieldErrorId, SelectField } from "~/components/forms";
import type { CompetenceGroup } from "./competences.server";
import { GOAL_STATUSES, goalStatusLabels, LEVELS, levelLabels } from "./types";

export type GoalFormValues = { titel?: string; competenties?: string[]; huidigNiveau?: string; doelNiveau?: string; deadline?: string; status?: string };

function LevelSelect({ name, label, value, error }: { name: string; label: string; value?: string; error?: string }) {
  return (
    <SelectField name={name} label={label} defaultValue={value ?? ""} error={error}>
      <option value="">Kies een niveau</option>
      {LEVELS.map((l) => (
        <option key={l} value={l}>
          {levelLabels[l]}
        </option>
      ))}
    </SelectField>
  );
}

export function GoalForm({ groups, values, errors, message, submitLabel, cancelTo }: { groups: CompetenceGroup[]; values: GoalFormValues; errors?: Record<string, string | undefined>; message?: string; submitLabel: string; cancelTo: string }) {
  const chosen = new Set(values.competenties ?? []);
  return (
    <Form method="post" className="stack" noValidate>
      <ErrorSummary message={message} errors={errors} />
      <CsrfInput />
      <Field label="Wat wil je leren?" name="titel" style={{ width: "100%", maxWidth: "40rem" }} defaultValue={values.titel} error={errors?.titel} hint="Bijvoorbeeld: Sterker worden in slechtnieuwsgesprekken over een maatregel." required />
      <fieldset id={errors?.competenties ? fieldErrorId("competenties") : undefined} className={`utrecht-form-fieldset competence-picker${errors?.competenties ? " utrecht-form-fieldset--invalid" : ""}`} aria-describedby={errors?.competenties ? "competenties-fout" : undefined}>
        <legend className="utrecht-form-fieldset__legend">Bij welke competenties hoort dit doel?</legend>
        {errors?.competenties ? (
          <p id="competenties-fout" className="utrecht-form-field-error-message">
            {errors.competenties}
          </p>
        ) : null}
        <div className="competence-groups">
          {groups.map((group) => (
            <fieldset key={group.id} className="competence-group">
              <legend>{group.naam}</legend>
              {group.competenties.map((c) => (
                <CheckboxField key={c.id} name="competenties" value={c.id} label={c.naam} checked={chosen.has(c.id)} />
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>
      <div className="inline-form">
        <LevelSelect name="huidigNiveau" label="Je niveau nu" value={values.huidigNiveau} error={errors?.huidigNiveau} />
        <LevelSelect name="doelNiveau" label="Niveau dat je wilt bereiken" value={values.doelNiveau} error={errors?.doelNiveau} />
      </div>
      <p className="utrecht-paragraph muted small">Niveaus: 1 beginner (met hulp), 2 zelfstandig, 3 ervaren (ook lastige situaties), 4 expert (begeleidt collega's).</p>
      <div className="inline-form">
        <Field label="Deadline (optioneel)" name="deadline" type="date" defaultValue={values.deadline} error={errors?.deadline} />
        <SelectField label="Status" name="status" defaultValue={values.status ?? "open"}>
          {GOAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {goalStatusLabels[s]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="plan-actions">
        <button type="submit" name="intent" value="opslaan" className="utrecht-button utrecht-button--primary-action">
          {submitLabel}
        </button>
        <Link className="utrecht-link" to={cancelTo}>
          Annuleren
        </Link>
      </div>
    </Form>
  );
}
