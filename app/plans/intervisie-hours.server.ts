import type { Prisma } from "~/generated/prisma/client";

export type ReflectionHours = {
  userId: string;
  sessionId: string;
  /** the day the session closed */
  datum: Date;
  uren: number;
  /** shown in the plan; never case content, only e.g. "Intervisie (roddelmethode)" */
  titel: string;
};

/**
 * Called by the intervisie domain when a structured session closes, inside its transaction: each
 * participant's plan for that year gains an "intervisie" activity with the reflection hours.
 * The plan is created as a concept when the participant has none yet.
 */
export async function recordIntervisieHours(tx: Prisma.TransactionClient, hours: ReflectionHours): Promise<void> {
  const jaar = hours.datum.getFullYear();
  const plan = await tx.plan.upsert({
    where: { userId_jaar: { userId: hours.userId, jaar } },
    create: { userId: hours.userId, jaar },
    update: {},
  });
  await tx.activity.create({
    data: {
      planId: plan.id,
      type: "intervisie",
      titel: hours.titel,
      datum: hours.datum,
      uren: hours.uren,
      registerpunten: hours.uren,
      intervisieSessionId: hours.sessionId,
    },
  });
}
