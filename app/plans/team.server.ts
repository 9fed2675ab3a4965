import { audit } from "~/accounts/audit.server";
import type { CurrentUser } from "~/accounts/auth.server";
import { db } from "~/platform/db.server";
import { memberCost, teamBudget, type MemberCost, type TeamBudget } from "./budget";
import type { Catalogue } from "./competences.server";
import { dayKey, todayKey } from "./format";
import { heatCell, type HeatCell } from "./heatmap";
import { registerPeriod, registerPoints, type Period, type Points } from "./points";
import { isOverdue, planProgress, type Progress } from "./progress";
import { isPlanStatus, type PlanStatus } from "./types";

// The leidinggevende's view of the teams they lead. Reads plans, goals, activities (hours, dates, costs) and
// self-assessments; never intervisie content (cases, threads, messages are not even queried here).

export type MemberRow = {
  id: string;
  naam: string;
  planStatus: PlanStatus | null;
  gewijzigdNaGoedkeuring: boolean;
  progress: Progress;
  kosten: MemberCost;
  punten: Points;
  teLaat: { titel: string; deadline: string }[];
};

export type TeamView = {
  id: string;
  naam: string;
  budgetPerLid: number;
  members: MemberRow[];
  budget: TeamBudget;
  heatmap: { rollen: { naam: string; competenties: { id: string; naam: string; cells: HeatCell[] }[] }[] };
};

export type TeamOverview = { jaar: number; period: Period; teams: TeamView[] };

export async function getTeamOverview(leader: CurrentUser, jaar: number, catalogue: Catalogue, today = todayKey()): Promise<TeamOverview> {
  const period = registerPeriod(Number(today.slice(0, 4)));
  const teams = await db.team.findMany({
    where: { id: { in: leader.leadsTeamIds }, organisationId: leader.organisationId },
    orderBy: { naam: "asc" },
    include: {
      members: {
        where: { actief: true, id: { not: leader.id } },
        orderBy: { naam: "asc" },
        select: {
          id: true,
          naam: true,
          assessments: { select: { competentie: true, niveau: true } },
          plans: {
            where: { jaar: { gte: Math.min(period.van, jaar), lte: Math.max(period.tot, jaar) } },
            select: {
              jaar: true,
              status: true,
              gewijzigdNaGoedkeuring: true,
              goals: { select: { titel: true, status: true, deadline: true, huidigNiveau: true, doelNiveau: true, competences: { select: { competentie: true } } } },
              activities: { select: { type: true, uren: true, kostenCent: true, datum: true, registerpunten: true } },
            },
          },
        },
      },
    },
  });

  return {
    jaar,
    period,
    teams: teams.map((team) => {
      const members = team.members.map((m) => {
        const plan = m.plans.find((p) => p.jaar === jaar);
        const goals = (plan?.goals ?? []).map((g) => ({
          titel: g.titel,
          status: g.status,
          deadline: g.deadline ? dayKey(g.deadline) : null,
          huidigNiveau: g.huidigNiveau,
          doelNiveau: g.doelNiveau,
          competenties: g.competences.map((c) => c.competentie),
        }));
        const activities = (plan?.activities ?? []).map((a) => ({ ...a, datum: dayKey(a.datum) }));
        const allActivities = m.plans
          .filter((p) => p.jaar >= period.van && p.jaar <= period.tot)
          .flatMap((p) => p.activities.map((a) => ({ ...a, datum: dayKey(a.datum) })));
        const row: MemberRow = {
          id: m.id,
          naam: m.naam,
          planStatus: plan && isPlanStatus(plan.status) ? plan.status : null,
          gewijzigdNaGoedkeuring: plan?.gewijzigdNaGoedkeuring ?? false,
          progress: planProgress(goals, activities, today),
          kosten: memberCost(activities, today),
          punten: registerPoints(allActivities, period, today),
          teLaat: goals.filter((g) => isOverdue(g, today)).map((g) => ({ titel: g.titel, deadline: g.deadline! })),
        };
        const levels = new Map(m.assessments.map((a) => [a.competentie, a.niveau]));
        return { row, goals, levels };
      });
      return {
        id: team.id,
        naam: team.naam,
        budgetPerLid: team.budgetPerLid,
        members: members.map((m) => m.row),
        budget: teamBudget(team.budgetPerLid, members.map((m) => m.row.kosten)),
        heatmap: {
          rollen: catalogue.groups.map((rol) => ({
            naam: rol.naam,
            competenties: rol.competenties.map((c) => ({ id: c.id, naam: c.naam, cells: members.map((m) => heatCell(c.id, m.levels.get(c.id), m.goals)) })),
          })),
        },
      };
    }),
  };
}

export async function setTeamBudget(leader: CurrentUser, teamId: string, budgetPerLid: number, ip?: string): Promise<string> {
  const before = await db.team.findUniqueOrThrow({ where: { id: teamId } });
  await db.team.update({ where: { id: teamId }, data: { budgetPerLid } });
  await audit({ action: "teambudget_gewijzigd", actorId: leader.id, subjectType: "team", subjectId: teamId, details: { van: before.budgetPerLid, naar: budgetPerLid }, ip });
  return before.naam;
}
