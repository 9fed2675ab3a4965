// Creates the first beheerder (and the organisation) on a database without demo data:
//   npm run admin:create -- --email beheer@gemeente.nl --naam "Naam Achternaam" [--organisatie "Gemeente X"]
// The password is asked for (or read from ADMIN_PASSWORD when not run interactively).
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { hashPassword } from "~/accounts/password.server";
import { audit } from "~/accounts/audit.server";
import { db } from "~/platform/db.server";
import { migrate } from "~/platform/migrate.server";
import { z } from "~/platform/validation";

const { values } = parseArgs({
  options: { email: { type: "string" }, naam: { type: "string" }, organisatie: { type: "string" } },
});

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

const email = values.email ?? (await ask("E-mailadres van de beheerder: "));
const naam = values.naam ?? (await ask("Naam: "));
const password = process.env.ADMIN_PASSWORD ?? (await ask("Wachtwoord (minstens 10 tekens): "));

const parsed = z
  .object({ email: z.email("Dat is geen geldig e-mailadres."), naam: z.string().min(2, "Vul een naam in."), password: z.string().min(10, "Het wachtwoord heeft minstens 10 tekens.") })
  .safeParse({ email: email.toLowerCase(), naam, password });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`Fout: ${issue.message}`);
  process.exit(1);
}

await migrate();
if (await db.user.findUnique({ where: { email: parsed.data.email } })) {
  console.error(`Fout: er bestaat al een gebruiker met ${parsed.data.email}.`);
  process.exit(1);
}
const organisation =
  (await db.organisation.findFirst()) ?? (await db.organisation.create({ data: { naam: values.organisatie ?? "Mijn gemeente" } }));
const user = await db.user.create({
  data: {
    email: parsed.data.email,
    naam: parsed.data.naam,
    rol: "beheerder",
    organisationId: organisation.id,
    passwordHash: await hashPassword(parsed.data.password),
  },
});
await audit({ action: "gebruiker_aangemaakt", subjectType: "User", subjectId: user.id, details: { email: user.email, rol: "beheerder", via: "admin:create" } });
console.log(`Beheerder ${user.naam} <${user.email}> aangemaakt voor ${organisation.naam}.`);
await db.$disconnect();
