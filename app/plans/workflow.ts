import type { PlanStatus } from "./types";

// The plan's life: concept → ingediend → goedgekeurd → afgerond. Pure, so routes and tests share one truth.

export type Transition = "indienen" | "intrekken" | "goedkeuren" | "terugsturen" | "afronden" | "heropenen";
export type Actor = "eigenaar" | "leidinggevende";

type Rule = { from: PlanStatus[]; to: PlanStatus; by: Actor[] };

export const transitions: Record<Transition, Rule> = {
  indienen: { from: ["concept"], to: "ingediend", by: ["eigenaar"] },
  intrekken: { from: ["ingediend"], to: "concept", by: ["eigenaar"] },
  // approving again after changes acknowledges them (clears gewijzigdNaGoedkeuring)
  goedkeuren: { from: ["ingediend", "goedgekeurd"], to: "goedgekeurd", by: ["leidinggevende"] },
  terugsturen: { from: ["ingediend", "goedgekeurd"], to: "concept", by: ["leidinggevende"] },
  afronden: { from: ["goedgekeurd"], to: "afgerond", by: ["eigenaar", "leidinggevende"] },
  heropenen: { from: ["afgerond"], to: "goedgekeurd", by: ["leidinggevende"] },
};

export type PlanState = { status: PlanStatus; gewijzigdNaGoedkeuring: boolean; goalCount: number };

export type Check = { ok: true; to: PlanStatus } | { ok: false; message: string };

const statusText: Record<PlanStatus, string> = {
  concept: "een concept",
  ingediend: "ingediend",
  goedgekeurd: "goedgekeurd",
  afgerond: "afgerond",
};

export function checkTransition(plan: PlanState, transition: Transition, actor: Actor, commentaar?: string): Check {
  const rule = transitions[transition];
  if (!rule.by.includes(actor)) {
    return { ok: false, message: actor === "eigenaar" ? "Alleen je leidinggevende kan dit doen." : "Alleen de eigenaar van het plan kan dit doen." };
  }
  if (!rule.from.includes(plan.status)) {
    return { ok: false, message: `Dit kan niet: het plan is ${statusText[plan.status]}.` };
  }
  if (transition === "goedkeuren" && plan.status === "goedgekeurd" && !plan.gewijzigdNaGoedkeuring) {
    return { ok: false, message: "Dit plan is al goedgekeurd en sindsdien niet gewijzigd." };
  }
  if (transition === "indienen" && plan.goalCount === 0) {
    return { ok: false, message: "Voeg eerst minstens één doel toe voordat je het plan indient." };
  }
  if (transition === "terugsturen" && !commentaar?.trim()) {
    return { ok: false, message: "Schrijf bij het terugsturen wat er anders moet." };
  }
  return { ok: true, to: rule.to };
}

export function availableTransitions(plan: PlanState, actor: Actor): Transition[] {
  return (Object.keys(transitions) as Transition[]).filter((t) => {
    const check = checkTransition(plan, t, actor, "x");
    return check.ok;
  });
}

/** Goals and activities can be changed by the owner in these states; after approval every change is logged. */
export function ownerCanEdit(status: PlanStatus): boolean {
  return status === "concept" || status === "goedgekeurd";
}

export function editBlockedMessage(status: PlanStatus): string {
  return status === "ingediend"
    ? "Je plan ligt bij je leidinggevende. Trek het in als je nog iets wilt wijzigen."
    : "Je plan is afgerond en kan niet meer worden gewijzigd.";
}

/** Whether a change by the owner must be recorded for the leidinggevende. */
export function isChangeAfterApproval(status: PlanStatus): boolean {
  return status === "goedgekeurd";
}
