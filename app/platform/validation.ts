import { z } from "zod";

// zod speaks Dutch everywhere (server and browser): its built-in nl locale for default messages.
z.config(z.locales.nl());

export { z };

export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/** A form field that may occur zero, one or more times (checkbox groups, multi-selects). */
export function manyOf<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));
}
