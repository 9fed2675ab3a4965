import { Form, Link } from "@remix-run/react";
import { CsrfInput, ErrorSummary, Field, SelectField, TextareaField } from "~/components/forms";
import { ACTIVITY_TYPES, activityTypeLabels } from "./types";

export type ActivityFormValues = Partial<Record<"goalId" | "type" | "titel" | "datum" | "uren" | "kosten" | "aanbieder" | "registerpunten" | "notities", string>>;


export function ActivityForm({ jaar, goals, values, errors, message, submitLabel, cancelTo }: { jaar: number; goals: { id: string; titel: string }[]; values: ActivityFormValues; errors?: Record<string, string | undefined>; message?: string; submitLabel: string; cancelTo: string }) {
  return (
    <Form method="post" className="stack" noValidate>
      <ErrorSummary message={message} errors={errors} />
      <CsrfInput />
      <input type="hidden" name="jaar" value={jaar} />
      <SelectField name="goalId" label="Bij welk doel hoort deze activiteit?" defaultValue={values.goalId ?? ""} error={errors?.goalId}>
        <option value="">Geen doel (overige activiteit)</option>
        {goals.map((g) => (
          <option key={g.id} value={g.id}>
            {g.titel}
          </option>
        ))}
      </SelectField>
      <SelectField name="type" label="Soort activiteit" defaultValue={values.type ?? ""} error={errors?.type}>
        <option value="">Kies een soort</option>
        {ACTIVITY_TYPES.filter((t) => t !== "intervisie" || values.type === "intervisie").map((t) => (
          <option key={t} value={t}>
            {activityTypeLabels[t]}
          </option>
        ))}
      </SelectField>
      <Field label="Omschrijving" name="titel" style={{ width: "100%", maxWidth: "40rem" }} defaultValue={values.titel} error={errors?.titel} hint="Bijvoorbeeld: Cursus Participatiewet voor klantmanagers" required />
      <div className="inline-form">
        <Field label="Datum" hint="Geweest of gepland" name="datum" type="date" min={`${jaar}-01-01`} max={`${jaar}-12-31`} defaultValue={values.datum} error={errors?.datum} required />
        <Field label="Uren" name="uren" inputMode="decimal" size={6} defaultValue={values.uren} error={errors?.uren} hint="Netto uren, bv. 2,5" />
        <Field label="Kosten in euro" name="kosten" inputMode="decimal" size={10} defaultValue={values.kosten} error={errors?.kosten} hint="Bv. 450 of 125,50" />
        <Field label="Registerpunten (optioneel)" name="registerpunten" inputMode="decimal" size={6} defaultValue={values.registerpunten} error={errors?.registerpunten} hint="Als de activiteit geaccrediteerd is" />
      </div>
      <Field label="Aanbieder (optioneel)" name="aanbieder" style={{ width: "100%", maxWidth: "40rem" }} defaultValue={values.aanbieder} error={errors?.aanbieder} />
      <TextareaField
        label="Reflectie en bewijs (optioneel)"
        name="notities"
        rows={4}
        style={{ width: "100%", maxWidth: "40rem" }}
        defaultValue={values.notities}
        error={errors?.notities}
        hint="Wat heb je geleerd, wat doe je nu anders? Noem bewijs zoals een certificaat. Schrijf geen gegevens van cliënten op."
      />
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
