import { useRouteLoaderData } from "@remix-run/react";
import { useId, type InputHTMLAttributes, type MouseEvent, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

type RootCsrf = { csrf: string } | undefined;

/** Every mutating form carries the session's CSRF token. */
export function CsrfInput() {
  const root = useRouteLoaderData("root") as RootCsrf;
  return <input type="hidden" name="csrf" value={root?.csrf ?? ""} />;
}

export function useCsrfToken(): string {
  const root = useRouteLoaderData("root") as RootCsrf;
  return root?.csrf ?? "";
}

/** What a form control needs to be announced with its label, hint and error. */
export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type FormFieldProps = {
  label: ReactNode;
  /** the submitted field's name: while it has an error the control gets the id the error summary links to */
  name?: string;
  hint?: ReactNode;
  error?: string;
  /** marks the field invalid without a message of its own (e.g. the privacy check found something) */
  invalid?: boolean;
  /** extra ids the control is described by, e.g. a panel under the field */
  describedBy?: string;
  /** the control itself, given the id and aria attributes that tie it to the label, hint and error */
  children: (control: ControlProps) => ReactNode;
  after?: ReactNode;
};

/** The id of a field with an error, so the error summary can link to it (only one form shows errors at a time). */
export const fieldErrorId = (name: string) => `veld-${name}`;

/** The one labelled form field (NL Design System markup): label, hint, error, control. */
export function FormField({ label, name, hint, error, invalid, describedBy, children, after }: FormFieldProps) {
  const generated = useId();
  const id = error && name ? fieldErrorId(name) : generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control: ControlProps = {
    id,
    "aria-invalid": error || invalid ? true : undefined,
    "aria-describedby": [hintId, errorId, describedBy].filter(Boolean).join(" ") || undefined,
  };
  return (
    <div className={`utrecht-form-field${error || invalid ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div id={hintId} className="utrecht-form-field-description">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className="utrecht-form-field-error-message">
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children(control)}</div>
      {after}
    </div>
  );
}

type Labelled = { label: ReactNode; name: string; error?: string; hint?: ReactNode };

export function Field({ label, name, error, hint, ...input }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FormField label={label} name={name} hint={hint} error={error}>
      {(control) => (
        <input
          name={name}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`}
          {...control}
          {...input}
        />
      )}
    </FormField>
  );
}

export function SelectField({ label, name, error, hint, children, ...select }: Labelled & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FormField label={label} name={name} hint={hint} error={error}>
      {(control) => (
        <select name={name} className="utrecht-select utrecht-select--html-select" {...control} {...select}>
          {children}
        </select>
      )}
    </FormField>
  );
}

export function TextareaField({ label, name, error, hint, ...textarea }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FormField label={label} name={name} hint={hint} error={error}>
      {(control) => <textarea name={name} className="utrecht-textarea utrecht-textarea--html-textarea" {...control} {...textarea} />}
    </FormField>
  );
}

/** One labelled checkbox (NL Design System markup); several with the same name submit a list. */
export function CheckboxField({ name, value, label, checked }: { name: string; value: string; label: ReactNode; checked?: boolean }) {
  const id = useId();
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <input id={id} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" name={name} value={value} defaultChecked={checked} />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/**
 * The message at the top of a form; with `errors`, also what is wrong, each linked to its field (keyboard and
 * screen-reader users jump straight there), so nobody has to scroll to find out.
 */
export function ErrorSummary({ message, errors }: { message?: string; errors?: Partial<Record<string, string>> }) {
  if (!message) return null;
  const details: [name: string, detail: string][] = [];
  for (const [name, detail] of Object.entries(errors ?? {})) if (detail && !details.some(([, d]) => d === detail)) details.push([name, detail]);
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div>
        <p className="utrecht-paragraph">{message}</p>
        {details.length > 0 ? (
          <ul className="utrecht-unordered-list error-summary__list">
            {details.map(([name, detail]) => (
              <li key={name} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={`#${fieldErrorId(name)}`} onClick={focusField}>
                  {detail}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/**
 * With JavaScript the link focuses the field itself: a hash navigation would be a router navigation that drops
 * the form's errors. Without JavaScript the browser follows the #fragment.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  (target.matches("fieldset") ? target.querySelector<HTMLElement>("input, select, textarea") : target)?.focus();
}

export function SuccessMessage({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--ok" role="status">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}
