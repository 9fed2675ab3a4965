import { manyOf, z } from "~/platform/validation";
import { parseDutchNumber, parseEuroToCents } from "./format";
import { ACTIVITY_TYPES, GOAL_STATUSES } from "./types";

// Form schemas of the plan pages, shared by the "new" and "edit" routes.

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const level = (label: string) =>
  z.coerce.number({ error: `Kies het ${label}.` }).int().min(1, `Kies het ${label}.`).max(4, `Kies het ${label}.`);
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} mag hoogstens ${max} tekens hebben.`)
    .optional()
    .transform((v) => (v ? v : null));

export const GoalSchema = z
  .object({
    titel: z.string({ error: "Beschrijf je doel." }).trim().min(3, "Beschrijf je doel in minstens 3 tekens.").max(200, "Houd het doel korter dan 200 tekens."),
    competenties: manyOf(z.string()).pipe(z.array(z.string()).min(1, "Kies minstens één competentie waar dit doel bij hoort.")),
    huidigNiveau: level("huidige niveau"),
    doelNiveau: level("niveau dat je wilt bereiken"),
    deadline: z
      .string()
      .optional()
      .refine((v) => !v || isoDay.test(v), "Vul een geldige datum in (dag-maand-jaar).")
      .transform((v) => v || null),
    status: z.enum(GOAL_STATUSES, { error: "Kies een status." }).default("open"),
  })
  .refine((g) => g.doelNiveau > g.huidigNiveau, { path: ["doelNiveau"], message: "Het doelniveau moet hoger zijn dan je huidige niveau." });

export const ActivitySchema = z.object({
  jaar: z.coerce.number().int().min(2000).max(2100),
  goalId: z
    .string()
    .optional()
    .transform((v) => v || null),
  type: z.enum(ACTIVITY_TYPES, { error: "Kies de soort activiteit." }),
  titel: z.string({ error: "Beschrijf de activiteit." }).trim().min(3, "Beschrijf de activiteit in minstens 3 tekens.").max(200, "Houd de omschrijving korter dan 200 tekens."),
  datum: z.string({ error: "Vul de datum in." }).regex(isoDay, "Vul een geldige datum in."),
  uren: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const n = parseDutchNumber(v ?? "") ?? 0;
      if (Number.isNaN(n) || n < 0 || n > 2000) {
        ctx.addIssue({ code: "custom", message: "Vul het aantal uren in als getal, bijvoorbeeld 2,5." });
        return z.NEVER;
      }
      return n;
    }),
  kosten: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return 0;
      const cents = parseEuroToCents(v);
      if (cents === null || cents < 0 || cents > 10_000_000) {
        ctx.addIssue({ code: "custom", message: "Vul de kosten in euro's in, bijvoorbeeld 450 of 125,50." });
        return z.NEVER;
      }
      return cents;
    }),
  aanbieder: optionalText(120, "De aanbieder"),
  registerpunten: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const n = parseDutchNumber(v);
      if (n === null || n < 0 || n > 500) {
        ctx.addIssue({ code: "custom", message: "Vul de registerpunten in als getal, bijvoorbeeld 8." });
        return z.NEVER;
      }
      return n;
    }),
  notities: optionalText(4000, "De reflectie"),
});

/** The activity must fall in the plan's year, so hours and points land in the right year and period. */
export function activityYearError(datum: string, jaar: number): string | null {
  return datum.startsWith(`${jaar}-`) ? null : `De datum moet in ${jaar} liggen, het jaar van dit plan.`;
}
