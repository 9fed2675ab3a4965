import { passwordRulesText } from "./password-rules";
import { roles } from "./roles";
import { manyOf, z } from "~/platform/validation";

// Shared by the create and edit pages of Beheer, on the server and for field messages.
export const UserSchema = z.object({
  naam: z.string({ error: "Vul een naam in." }).trim().min(2, "Vul een naam in van minstens 2 tekens.").max(100, "Een naam mag hoogstens 100 tekens hebben."),
  email: z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl." }).max(254),
  rol: z.enum(roles, { error: "Kies een rol." }),
  teamId: z.string().optional().transform((v) => v || null),
  leadsTeamIds: manyOf(z.string()),
  groupIds: manyOf(z.string()),
});

export const PasswordSchema = z
  .string({ error: "Vul een wachtwoord in." })
  .min(10, passwordRulesText)
  .max(200, "Een wachtwoord mag hoogstens 200 tekens hebben.");
