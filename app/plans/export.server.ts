import { audit } from "~/accounts/audit.server";
import type { CurrentUser } from "~/accounts/auth.server";
import { clientIp } from "~/platform/http.server";
import type { PlanOwner } from "./access.server";
import { getCatalogue } from "./competences.server";
import { exportFileName, planCsv } from "./export";
import { renderPlanPdf } from "./pdf.server";
import { getPlanView, pointsFor } from "./plans.server";

/** The download of a plan, after the caller checked access. Exports of someone else's plan are audited. */
export async function exportResponse(user: CurrentUser, owner: PlanOwner, jaar: number, ext: "pdf" | "csv", request: Request): Promise<Response> {
  const catalogue = await getCatalogue();
  const [plan, { punten }] = await Promise.all([getPlanView(owner, jaar, catalogue), pointsFor(owner.id)]);
  if (user.id !== owner.id) {
    await audit({ action: "plan_geexporteerd", actorId: user.id, subjectType: "plan", subjectId: plan.id ?? undefined, details: { eigenaar: owner.id, jaar, formaat: ext }, ip: clientIp(request) });
  }
  const headers = {
    "Content-Disposition": `attachment; filename="${exportFileName(plan, ext)}"`,
    "Cache-Control": "private, no-store",
  };
  if (ext === "csv") return new Response(planCsv(plan), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const pdf = await renderPlanPdf(plan, { punten });
  return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Type": "application/pdf" } });
}
