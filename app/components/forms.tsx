import { useRouteLoaderData } from "@remix-run/react";
import { useId, type InputHTMLAttributes, type ReactNode } from "react";

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

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input with its hint and error linked for screen readers. */
export function Field({ label, name, error, hint, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}`}>
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
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name={name}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          {...input}
        />
      </div>
    </div>
  );
}

export function ErrorSummary({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}

export function SuccessMessage({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--ok" role="status">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}
