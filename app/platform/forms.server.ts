import { assertCsrf } from "~/accounts/csrf.server";
import { fieldErrorsOf, type FieldErrors, type z } from "./validation";

export type FormResult<T> =
  | { ok: true; data: T; values: Record<string, string>; formData: FormData }
  | { ok: false; fieldErrors: FieldErrors; values: Record<string, string>; formData: FormData };

/**
 * The one way an action reads a form: CSRF token first, then the zod schema. On failure the caller
 * returns `fieldErrors` and `values`, so nothing the user typed is lost.
 */
export async function readForm<S extends z.ZodType>(request: Request, schema: S): Promise<FormResult<z.infer<S>>> {
  const formData = await request.formData();
  await assertCsrf(request, formData);
  return parseFormData(formData, schema);
}

export function parseFormData<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.infer<S>> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key === "csrf") continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    raw[key] = all.length > 1 ? all : all[0];
  }
  const values = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v ?? "")]),
  );
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data, values, formData };
  return { ok: false, fieldErrors: fieldErrorsOf(result.error), values, formData };
}
