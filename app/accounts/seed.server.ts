import { db } from "~/platform/db.server";
import { hashPassword } from "./password.server";
import type { Role } from "./roles";

export const demoPassword = "welkom-demo";

type DemoUser = { email: string; naam: string; rol: Role; team?: string; leads?: string[]; groups?: string[] };

export const demoUsers: DemoUser[] = [
  { email: "anna@demo.test", naam: "Anna de Wit", rol: "klantmanager", team: "Team Werk", groups: ["Intervisiegroep Noord"] },
  { email: "bram@demo.test", naam: "Bram Visser", rol: "klantmanager", team: "Team Werk", groups: ["Intervisiegroep Noord"] },
  { email: "chris@demo.test", naam: "Chris Mulder", rol: "klantmanager", team: "Team Inkomen", groups: ["Intervisiegroep Zuid"] },
  { email: "lotte@demo.test", naam: "Lotte Bakker", rol: "leidinggevende", team: "Team Werk", leads: ["Team Werk"] },
  { email: "rik@demo.test", naam: "Rik Smit", rol: "redacteur" },
  { email: "beheer@demo.test", naam: "Beheerder Voorbeeldstad", rol: "beheerder" },
];

/** Creates the demo organisation of the README. Runs only on an empty database. */
export async function seedDemo(): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await db.$transaction(async (tx) => {
    const org = await tx.organisation.create({ data: { naam: "Gemeente Voorbeeldstad" } });
    const teams = new Map<string, string>();
    for (const naam of ["Team Werk", "Team Inkomen"]) {
      teams.set(naam, (await tx.team.create({ data: { naam, organisationId: org.id } })).id);
    }
    const groups = new Map<string, string>();
    for (const naam of ["Intervisiegroep Noord", "Intervisiegroep Zuid"]) {
      groups.set(naam, (await tx.group.create({ data: { naam, organisationId: org.id } })).id);
    }
    for (const u of demoUsers) {
      await tx.user.create({
        data: {
          email: u.email,
          naam: u.naam,
          rol: u.rol,
          demo: true,
          passwordHash,
          organisationId: org.id,
          teamId: u.team ? teams.get(u.team) : null,
          leads: { create: (u.leads ?? []).map((t) => ({ teamId: teams.get(t)! })) },
          groups: { create: (u.groups ?? []).map((g) => ({ groupId: groups.get(g)! })) },
        },
      });
    }
  });
}

// Every page asks (the layout shows a banner while demo accounts exist); the answer changes only when a
// beheerder deactivates the last demo account, so a few seconds' staleness is fine.
const demoCheckTtlMs = 5_000;
let demoCheck: { at: number; value: Promise<boolean> } | undefined;

export function hasDemoAccounts(): Promise<boolean> {
  if (!demoCheck || Date.now() - demoCheck.at > demoCheckTtlMs) {
    demoCheck = { at: Date.now(), value: db.user.count({ where: { demo: true, actief: true } }).then((n) => n > 0) };
  }
  return demoCheck.value;
}
