import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/accounts/auth.server";
import { replaceAll } from "~/intervisie/pii";
import { detectPii } from "~/intervisie/pii.server";
import { jsonError } from "~/platform/http.server";
import { z } from "~/platform/validation";

const BodySchema = z.object({ text: z.string().max(50_000, "Een tekst mag hoogstens 50.000 tekens hebben.") });

/** POST /api/anonimiseer `{text}` → `{spans, pseudoniem}`: the detected spans and the text with placeholders. */
export async function action({ request }: ActionFunctionArgs) {
  await requireApiUser(request);
  if (request.method !== "POST") return jsonError(405, { code: "methode", message: "Gebruik POST." });
  const body = BodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return jsonError(400, { code: "ongeldig", message: 'Stuur JSON in de vorm {"text": "…"}.' });
  const spans = detectPii(body.data.text);
  return Response.json({ spans, pseudoniem: replaceAll(body.data.text, spans) }, { headers: { "Cache-Control": "no-store" } });
}

export function loader() {
  return jsonError(405, { code: "methode", message: 'Stuur een POST met JSON {"text": "…"}.' });
}
