import type { IntervisieFase } from "~/methods/types";

/**
 * Who may write in a phase. The inbrenger is the case author; "groep" is everyone else; "niemand" writes
 * nobody. A written round (`schriftelijk`) with "niemand" means nobody talks, but everyone hands in a
 * hidden written contribution.
 */
export function mayWrite(fase: Pick<IntervisieFase, "spreekrecht" | "schriftelijk">, isInbrenger: boolean): boolean {
  const recht = fase.schriftelijk && fase.spreekrecht === "niemand" ? "iedereen" : fase.spreekrecht;
  if (recht === "iedereen") return true;
  if (recht === "inbrenger") return isInbrenger;
  if (recht === "groep") return !isInbrenger;
  return false;
}
