import { CheckboxField } from "~/components/forms";

/** Methods from Wat werkt as checkboxes (submitted as `methoden`); nothing when the library has none. */
export function MethodChoices({ methods, label, chosen }: { methods: { slug: string; titel: string }[]; label: string; chosen?: ReadonlySet<string> }) {
  if (!methods.length) return null;
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{label}</legend>
      <div className="method-choices">
        {methods.map((m) => (
          <CheckboxField key={m.slug} name="methoden" value={m.slug} label={m.titel} checked={chosen?.has(m.slug)} />
        ))}
      </div>
    </fieldset>
  );
}
