import type { ActivityLike } from "./progress";
import { roundHours } from "./progress";

// Registerplein points: 1 net hour = 1 point, over a five-year registration period. We do not know each
// person's registration date, so the period is the current calendar year and the four before it
// (see docs/decisions/0006-opleidingsplannen.md). Only activities that took place (today or earlier) count.

export type Period = { van: number; tot: number };

export function registerPeriod(year: number): Period {
  return { van: year - 4, tot: year };
}

export type Points = {
  /** reflection hours from intervisie, 1 hour = 1 point */
  reflectie: number;
  /** points of other accredited activities (registerpunten filled in) */
  scholing: number;
  totaal: number;
};

export function registerPoints(activities: Pick<ActivityLike, "datum" | "type" | "uren" | "registerpunten">[], period: Period, today: string): Points {
  let reflectie = 0;
  let scholing = 0;
  for (const a of activities) {
    const year = Number(a.datum.slice(0, 4));
    if (year < period.van || year > period.tot || a.datum > today) continue;
    if (a.type === "intervisie") reflectie += a.registerpunten ?? a.uren;
    else scholing += a.registerpunten ?? 0;
  }
  return { reflectie: roundHours(reflectie), scholing: roundHours(scholing), totaal: roundHours(reflectie + scholing) };
}
