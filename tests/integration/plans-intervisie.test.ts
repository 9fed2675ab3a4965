import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The contract with the intervisie domain: when a session closes, recordIntervisieHours(tx, …) puts the
// reflection hours in each participant's plan. Runs the real domain code on a fresh SQLite database.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edl-plans-"));
process.env.DATABASE_URL = `file:${path.join(dir, "app.db")}`;

type Mods = {
  db: typeof import("~/platform/db.server").db;
  record: typeof import("~/plans/intervisie-hours.server").recordIntervisieHours;
  plans: typeof import("~/plans/plans.server");
  team: typeof import("~/plans/team.server");
  catalogue: Awaited<ReturnType<typeof import("~/plans/competences.server").getCatalogue>>;
  loadUser: typeof import("~/accounts/auth.server").loadUser;
};
let m: Mods;

beforeAll(async () => {
  const { prepare } = await import("~/platform/startup.server");
  await prepare();
  m = {
    db: (await import("~/platform/db.server")).db,
    record: (await import("~/plans/intervisie-hours.server")).recordIntervisieHours,
    plans: await import("~/plans/plans.server"),
    team: await import("~/plans/team.server"),
    catalogue: await (await import("~/plans/competences.server")).getCatalogue(),
    loadUser: (await import("~/accounts/auth.server")).loadUser,
  };
});
afterAll(async () => {
  await m?.db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("intervisie hours in the plan", () => {
  it("arrive as an activity without goal, count as reflection points, and show no case content to the leidinggevende", async () => {
    const { db } = m;
    const anna = await db.user.findUniqueOrThrow({ where: { email: "anna@demo.test" }, include: { team: true } });
    const lotte = (await m.loadUser((await db.user.findUniqueOrThrow({ where: { email: "lotte@demo.test" } })).id))!;
    const group = await db.group.findFirstOrThrow({ where: { naam: "Intervisiegroep Noord" } });
    const kase = await db.case.create({ data: { groupId: group.id, authorId: anna.id, titel: "Geheime casus over meneer X", hulpvraag: "Vertrouwelijke hulpvraag", situatie: "Vertrouwelijke situatie" } });
    const session = await db.intervisieSession.create({ data: { caseId: kase.id, methodSlug: "roddelmethode", facilitatorId: anna.id } });
    const today = new Date();
    const jaar = m.plans.currentYear(today);

    await db.$transaction((tx) => m.record(tx, { userId: anna.id, sessionId: session.id, datum: today, uren: 1.5, titel: "Intervisie (roddelmethode)" }));

    const owner = { id: anna.id, naam: anna.naam, teamId: anna.teamId, teamNaam: anna.team?.naam ?? null };
    const view = await m.plans.getPlanView(owner, jaar, m.catalogue);
    expect(view.status).toBe("concept");
    expect(view.goals).toEqual([]);
    expect(view.overige).toMatchObject([{ type: "intervisie", titel: "Intervisie (roddelmethode)", uren: 1.5, registerpunten: 1.5, automatisch: true, goalId: null }]);
    expect(view.progress.uren).toBe(1.5);

    const { punten } = await m.plans.pointsFor(anna.id);
    expect(punten).toEqual({ reflectie: 1.5, scholing: 0, totaal: 1.5 });

    const overview = await m.team.getTeamOverview(lotte, jaar, m.catalogue);
    const row = overview.teams[0].members.find((r) => r.id === anna.id)!;
    expect(row.punten.reflectie).toBe(1.5);
    expect(row.progress.uren).toBe(1.5);
    const everything = JSON.stringify(overview);
    expect(everything).not.toContain("Geheime casus");
    expect(everything).not.toContain("Vertrouwelijke");
  });

  it("cannot be edited or deleted by the participant", async () => {
    const { db } = m;
    const anna = (await m.loadUser((await db.user.findUniqueOrThrow({ where: { email: "anna@demo.test" } })).id))!;
    const activity = await db.activity.findFirstOrThrow({ where: { type: "intervisie", plan: { userId: anna.id } }, include: { plan: true } });
    await expect(m.plans.deleteActivity(anna, activity)).rejects.toThrow(/automatisch/);
    expect(await db.activity.count({ where: { id: activity.id } })).toBe(1);
  });

  it("lands in an approved plan without flagging it as changed by the owner", async () => {
    const { db } = m;
    const anna = await db.user.findUniqueOrThrow({ where: { email: "anna@demo.test" } });
    const jaar = m.plans.currentYear();
    await db.plan.update({ where: { userId_jaar: { userId: anna.id, jaar } }, data: { status: "goedgekeurd" } });
    const session = await db.intervisieSession.findFirstOrThrow();
    await db.$transaction((tx) => m.record(tx, { userId: anna.id, sessionId: session.id, datum: new Date(), uren: 2, titel: "Intervisie (incidentmethode)" }));
    const plan = await db.plan.findUniqueOrThrow({ where: { userId_jaar: { userId: anna.id, jaar } }, include: { activities: true } });
    expect(plan.gewijzigdNaGoedkeuring).toBe(false);
    expect(plan.activities.filter((a) => a.type === "intervisie")).toHaveLength(2);
  });
});
