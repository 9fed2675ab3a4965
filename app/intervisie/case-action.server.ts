import { data } from "@remix-run/node";
import type { CurrentUser } from "~/accounts/auth.server";
import { readForm } from "~/platform/forms.server";
import { manyOf, z } from "~/platform/validation";
import { caseFieldsSchema, createCase, updateCase } from "./cases.server";
import { IntervisieError } from "./errors";
import { parseUitzonderingenField } from "./pii.server";

const CaseFormSchema = caseFieldsSchema.extend({
  intent: z.enum(["opslaan", "delen"]).default("opslaan"),
  groupId: z.string().optional(),
  methoden: manyOf(z.string().regex(/^[a-z0-9-]+$/)).pipe(z.array(z.string()).max(10)),
  uitzonderingen: z.string().optional(),
});

/**
 * The action behind the new-case and edit-case pages: validation, the server-side PII re-check and
 * the save. Returns the form result for re-rendering, or the saved case id.
 */
export async function saveCaseFromForm(request: Request, user: CurrentUser, caseId?: string) {
  const form = await readForm(request, CaseFormSchema);
  const values = { ...form.values, methoden: form.formData.getAll("methoden").map(String) };
  const uitzonderingen = parseUitzonderingenField(form.formData.get("uitzonderingen"));
  if (!form.ok) {
    return { error: data({ message: "Controleer de gemarkeerde velden.", fieldErrors: form.fieldErrors, values, uitzonderingen }, { status: 400 }) };
  }
  const { intent, groupId, uitzonderingen: _raw, ...fields } = form.data;
  const delen = intent === "delen";
  try {
    if (caseId) {
      await updateCase(user, caseId, fields, uitzonderingen, { delen });
      return { caseId, delen };
    }
    const target = groupId ?? user.groupIds[0];
    if (!target) return { error: data({ message: "Je bent nog geen lid van een intervisiegroep.", values, uitzonderingen }, { status: 403 }) };
    const created = await createCase(user, target, fields, uitzonderingen, { delen });
    return { caseId: created.id, delen };
  } catch (error) {
    if (error instanceof IntervisieError && error.body.code === "pii") {
      return { error: data({ message: error.body.message, velden: error.body.velden, values, uitzonderingen }, { status: 422 }) };
    }
    if (error instanceof IntervisieError) return { error: data({ message: error.body.message, values, uitzonderingen }, { status: error.status }) };
    throw error;
  }
}
