import { CheckboxField } from "~/components/forms";

export type MethodGroup = { naam: string; methods: { slug: string; titel: string }[] };

/** Methods from Wat werkt as checkboxes (submitted as `methoden`), one titled group per role; nothing when the library has none. */
export function MethodChoices({ methods, label, chosen }: { methods: MethodGroup[]; label: string; chosen?: ReadonlySet<string> }) {
  if (!methods.length) return null;
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{label}</legend>
      {methods.map((group) => (
        <fieldset key={group.naam} className="method-group">
          <legend className="method-group__legend">{group.naam}</legend>
          <div className="method-choices">
            {group.methods.map((m) => (
              <CheckboxField key={m.slug} name="methoden" value={m.slug} label={m.titel} checked={chosen?.has(m.slug)} />
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
