import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { CsrfInput } from "~/components/forms";
import { formatDate, formatEuro, formatNumber } from "./format";
import type { ActivityView, GoalView, PlanView } from "./plans.server";
import type { Points } from "./points";
import { activityTypeLabel, goalStatusLabel, levelLabels, planStatusLabel, type PlanStatus } from "./types";

// Browser-safe building blocks shared by /plan (the owner) and /team/<id> (the leidinggevende).

type Serialized<T> = T; // loader data arrives as JSON; our views contain only strings, numbers and arrays

const day = (key: string | null) => (key ? formatDate(`${key}T12:00:00Z`) : "—");

/** The shell of every page under a plan: a way back, the heading, then the page itself. */
export function PlanSubPage({ title, back, backLabel = "Terug naar mijn plan", children }: { title: ReactNode; back: string; backLabel?: string; children: ReactNode }) {
  return (
    <div className="plans-page">
      <p>
        <Link className="utrecht-link" to={back}>
          ← {backLabel}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{title}</h1>
      {children}
    </div>
  );
}

export function PlanStatusBadge({ status, changed }: { status: PlanStatus | null; changed?: boolean }) {
  return (
    <>
      <span className={`badge plan-status plan-status--${status ?? "geen"}`}>{status ? planStatusLabel(status) : "Nog geen plan"}</span>
      {changed ? <span className="badge plan-status plan-status--gewijzigd">Gewijzigd na goedkeuring</span> : null}
    </>
  );
}

export function PlanFacts({ plan, punten, periode }: { plan: Serialized<PlanView>; punten?: Points; periode?: string }) {
  const p = plan.progress;
  return (
    <dl className="plan-facts">
      <div>
        <dt>Doelen behaald</dt>
        <dd>{p.percentage === null ? "nog geen doelen" : `${p.behaald} van ${p.doelen} (${p.percentage}%)`}</dd>
      </div>
      <div>
        <dt>Uren besteed aan leren</dt>
        <dd>{formatNumber(p.uren)} uur</dd>
      </div>
      <div>
        <dt>Kosten</dt>
        <dd>
          {formatEuro(plan.kosten.besteed)} besteed
          <br />
          <span className="muted">{formatEuro(plan.kosten.gepland)} gepland</span>
        </dd>
      </div>
      {punten ? (
        <div>
          <dt>Registerpunten {periode}</dt>
          <dd>
            {formatNumber(punten.totaal)}
            <br />
            <span className="muted">waarvan {formatNumber(punten.reflectie)} reflectie</span>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Doelen over de deadline</dt>
        <dd className={p.teLaat > 0 ? "plan-warning" : undefined}>{p.teLaat}</dd>
      </div>
    </dl>
  );
}

export function Review({ plan }: { plan: Serialized<PlanView> }) {
  if (!plan.beoordeeldDoor || !plan.beoordeeldOp) return null;
  // a plan that is (again) concept or ingediend after a review was returned; approval leads to goedgekeurd
  const returned = plan.status === "concept" || plan.status === "ingediend";
  const label = plan.status === "ingediend" ? "Eerder teruggestuurd" : returned ? "Teruggestuurd" : "Beoordeeld";
  return (
    <div className={`utrecht-alert ${returned ? "utrecht-alert--warning" : "utrecht-alert--info"}`}>
      <p className="utrecht-paragraph">
        <strong>
          {label} door {plan.beoordeeldDoor}
        </strong>{" "}
        op {formatDate(plan.beoordeeldOp)}
        {plan.commentaar ? ":" : "."}
      </p>
      {plan.commentaar ? <blockquote className="plan-comment">{plan.commentaar}</blockquote> : null}
    </div>
  );
}

export function ActivityTable({ activities, caption, editable }: { activities: Serialized<ActivityView>[]; caption: string; editable: boolean }) {
  if (activities.length === 0) return <p className="utrecht-paragraph muted">Nog geen activiteiten.</p>;
  return (
    // Without links inside (read-only), the scroll area itself takes focus so a keyboard can scroll it on a phone.
    <div className="table-scroll" {...(editable ? {} : { tabIndex: 0, role: "region", "aria-label": caption })}>
      <table className="utrecht-table plan-activities">
        <caption className="utrecht-table__caption visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Datum</th>
            <th className="utrecht-table__header-cell" scope="col">Activiteit</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Uren</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Kosten</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Punten</th>
            {editable ? <th className="utrecht-table__header-cell" scope="col"><span className="visually-hidden">Acties</span></th> : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {activities.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <td className="utrecht-table__cell plan-nowrap">{day(a.datum)}</td>
              <td className="utrecht-table__cell">
                <strong>{a.titel}</strong>
                <br />
                <span className="muted small">
                  {activityTypeLabel(a.type)}
                  {a.aanbieder ? ` · ${a.aanbieder}` : ""}
                  {a.automatisch ? " · automatisch uit intervisie" : ""}
                </span>
                {a.notities ? <p className="plan-notes">{a.notities}</p> : null}
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(a.uren)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric plan-nowrap">{formatEuro(a.kostenCent)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{a.registerpunten === null ? "—" : formatNumber(a.registerpunten)}</td>
              {editable ? (
                <td className="utrecht-table__cell">
                  {a.automatisch ? null : (
                    <Link className="utrecht-link" to={`/plan/activiteit/${a.id}`}>
                      Wijzigen<span className="visually-hidden"> ({a.titel})</span>
                    </Link>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GoalHeader({ goal, index }: { goal: Serialized<GoalView>; index: number }) {
  return (
    <>
      <h3 className="utrecht-heading-3" id={`doel-${goal.id}`}>
        <span className="muted">Doel {index + 1}:</span> {goal.titel}
      </h3>
      <dl className="goal-meta">
        <div>
          <dt>Competenties</dt>
          <dd>{goal.competenties.map((c) => c.naam).join(", ")}</dd>
        </div>
        <div>
          <dt>Niveau</dt>
          <dd>
            {levelLabels[goal.huidigNiveau]} → {levelLabels[goal.doelNiveau]}
          </dd>
        </div>
        <div>
          <dt>Deadline</dt>
          <dd>
            {day(goal.deadline)}
            {goal.teLaat ? <span className="badge plan-status plan-status--te-laat"> Deadline verstreken</span> : null}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{goalStatusLabel(goal.status)}</dd>
        </div>
      </dl>
    </>
  );
}

export function ChangeLog({ changes }: { changes: Serialized<PlanView>["changes"] }) {
  if (changes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="wijzigingen-titel">
      <h2 id="wijzigingen-titel" className="utrecht-heading-2">Wijzigingen na goedkeuring</h2>
      <ul className="plan-changes">
        {changes.map((c) => (
          <li key={c.id}>
            {c.omschrijving} <span className="muted">— {c.door}, {formatDate(c.op)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TransitionButton({ intent, label, secondary, jaar }: { intent: string; label: string; secondary?: boolean; jaar: number }) {
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="jaar" value={jaar} />
      <button type="submit" name="intent" value={intent} className={`utrecht-button ${secondary ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}>
        {label}
      </button>
    </Form>
  );
}
