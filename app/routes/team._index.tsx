import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { CsrfInput, ErrorSummary, Field } from "~/components/forms";
import { readForm } from "~/platform/forms.server";
import { clientIp } from "~/platform/http.server";
import { z } from "~/platform/validation";
import { requireLeaderOfTeam, requireTeamLeader } from "~/plans/access.server";
import { getCatalogue } from "~/plans/competences.server";
import { PlanStatusBadge } from "~/plans/components";
import { centsToInput, formatDate, formatEuro, formatNumber, parseEuroToCents } from "~/plans/format";
import { heatCellDescription, heatCellText } from "~/plans/heatmap";
import { currentYear } from "~/plans/plans.server";
import { getTeamOverview, setTeamBudget } from "~/plans/team.server";
import { parseYear } from "~/plans/year";
import css from "~/plans/plans.css?url";

const ActionSchema = z.object({
  intent: z.literal("budget"),
  teamId: z.string().min(1),
  budget: z.string({ error: "Vul een bedrag in euro's in." }).transform((v, ctx) => {
    const cents = parseEuroToCents(v);
    if (cents === null || cents < 0 || cents > 10_000_000) {
      ctx.addIssue({ code: "custom", message: "Vul een bedrag in euro's in, bijvoorbeeld 925 of 1.100,00." });
      return z.NEVER;
    }
    return cents;
  }),
});

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Team · Opleidingsplannen · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const leader = await requireTeamLeader(request);
  const jaar = parseYear(new URL(request.url).searchParams.get("jaar"), currentYear());
  const overview = await getTeamOverview(leader, jaar, await getCatalogue());
  const thisYear = currentYear();
  return { ...overview, years: [thisYear + 1, thisYear, thisYear - 1, thisYear - 2] };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireTeamLeader(request);
  const form = await readForm(request, ActionSchema);
  if (!form.ok) return data({ message: "Controleer het budget.", errors: form.fieldErrors, teamId: form.values.teamId, values: form.values }, { status: 400 });
  const leader = await requireLeaderOfTeam(request, form.data.teamId);
  const naam = await setTeamBudget(leader, form.data.teamId, form.data.budget, clientIp(request));
  return redirectWithMessage(request, "/team", `Het opleidingsbudget van ${naam} is nu ${formatEuro(form.data.budget)} per medewerker per jaar.`);
}

export default function Team() {
  const { teams, jaar, period, years } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="plans-page">
      <div className="page-title-row">
        <h1 className="utrecht-heading-1">Team {jaar}</h1>
        <Form method="get" className="inline-form">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="jaar-kiezen">
              Planjaar
            </label>
            <select id="jaar-kiezen" name="jaar" defaultValue={jaar} className="utrecht-select utrecht-select--html-select">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Tonen
          </button>
        </Form>
      </div>
      <p className="utrecht-paragraph">
        Plannen, voortgang en opleidingsbudget van de medewerkers in jouw team. Van intervisie zie je alleen uren en datums, nooit de besproken casussen.
      </p>
      <ErrorSummary message={result?.message} />
      {teams.length === 0 ? (
        <div className="utrecht-alert utrecht-alert--info">
          <p className="utrecht-paragraph">Je bent nog niet als leidinggevende aan een team gekoppeld. Vraag de beheerder om dat te doen.</p>
        </div>
      ) : null}
      {teams.map((team) => {
        const toReview = team.members.filter((m) => m.planStatus === "ingediend" || m.gewijzigdNaGoedkeuring);
        const b = team.budget;
        return (
          <section key={team.id} aria-labelledby={`team-${team.id}`} className="team-section">
            <h2 id={`team-${team.id}`} className="utrecht-heading-2">
              {team.naam}
            </h2>

            {toReview.length > 0 ? (
              <div className="utrecht-alert utrecht-alert--warning">
                <p className="utrecht-paragraph">
                  <strong>Te beoordelen:</strong>{" "}
                  {toReview.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 ? ", " : ""}
                      <Link className="utrecht-link" to={`/team/${m.id}?jaar=${jaar}`}>
                        plan van {m.naam}
                      </Link>
                      {m.planStatus === "ingediend" ? " (ingediend)" : " (gewijzigd na goedkeuring)"}
                    </span>
                  ))}
                </p>
              </div>
            ) : null}

            <h3 className="utrecht-heading-3">Medewerkers</h3>
            {team.members.length === 0 ? <p className="utrecht-paragraph">Dit team heeft nog geen medewerkers.</p> : null}
            {team.members.length > 0 ? (
              <div className="table-scroll">
                <table className="utrecht-table team-table">
                  <caption className="utrecht-table__caption visually-hidden">Plannen van {team.naam} in {jaar}</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="col">Medewerker</th>
                      <th className="utrecht-table__header-cell" scope="col">Plan {jaar}</th>
                      <th className="utrecht-table__header-cell" scope="col">Doelen behaald</th>
                      <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Uren</th>
                      <th className="utrecht-table__header-cell" scope="col">Deadline verstreken</th>
                      <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Kosten</th>
                      <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                        Registerpunten {period.van}–{period.tot}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {team.members.map((m) => (
                      <tr key={m.id} className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="row">
                          <Link className="utrecht-link" to={`/team/${m.id}?jaar=${jaar}`}>
                            {m.naam}
                          </Link>
                        </th>
                        <td className="utrecht-table__cell">
                          <PlanStatusBadge status={m.planStatus} changed={m.gewijzigdNaGoedkeuring} />
                        </td>
                        <td className="utrecht-table__cell">
                          {m.progress.percentage === null ? (
                            <span className="muted">geen doelen</span>
                          ) : (
                            <>
                              {m.progress.behaald} van {m.progress.doelen} ({m.progress.percentage}%)
                              <span className="progress-bar" aria-hidden="true">
                                <span style={{ width: `${m.progress.percentage}%` }} />
                              </span>
                            </>
                          )}
                        </td>
                        <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(m.progress.uren)}</td>
                        <td className="utrecht-table__cell">
                          {m.teLaat.length === 0 ? (
                            <span className="muted">geen</span>
                          ) : (
                            <ul className="list-plain plan-warning">
                              {m.teLaat.map((g) => (
                                <li key={g.titel}>
                                  {g.titel} <span className="small">(deadline {formatDate(`${g.deadline}T12:00:00Z`)})</span>
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td className="utrecht-table__cell utrecht-table__cell--numeric plan-nowrap">
                          {formatEuro(m.kosten.besteed)}
                          <br />
                          <span className="muted small">+ {formatEuro(m.kosten.gepland)} gepland</span>
                        </td>
                        <td className="utrecht-table__cell utrecht-table__cell--numeric">
                          {formatNumber(m.punten.totaal)}
                          <br />
                          <span className="muted small">waarvan {formatNumber(m.punten.reflectie)} reflectie</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <p className="utrecht-paragraph muted small">
              Registerpunten (Registerplein): 1 netto uur = 1 punt, over de periode {period.van}–{period.tot}. Reflectie-uren uit intervisie tellen apart; andere activiteiten tellen alleen als er registerpunten bij staan.
            </p>

            <section className="card" aria-labelledby={`budget-${team.id}`}>
              <h3 id={`budget-${team.id}`} className="utrecht-heading-3">
                Opleidingsbudget {jaar}
              </h3>
              <dl className="plan-facts">
                <div>
                  <dt>Budget</dt>
                  <dd>
                    {formatEuro(b.budget)}
                    <br />
                    <span className="muted small">
                      {formatEuro(team.budgetPerLid)} × {team.members.length} {team.members.length === 1 ? "medewerker" : "medewerkers"}
                    </span>
                  </dd>
                </div>
                <div>
                  <dt>Besteed</dt>
                  <dd>{formatEuro(b.besteed)}</dd>
                </div>
                <div>
                  <dt>Gepland</dt>
                  <dd>{formatEuro(b.gepland)}</dd>
                </div>
                <div>
                  <dt>{b.overschreden ? "Overschreden" : "Nog beschikbaar"}</dt>
                  <dd className={b.overschreden ? "plan-warning" : undefined}>{formatEuro(Math.abs(b.resterend))}</dd>
                </div>
              </dl>
              {b.percentage !== null ? (
                <p className="utrecht-paragraph">
                  {b.percentage}% van het budget is besteed of gepland.
                  <span className={`budget-bar${b.overschreden ? " budget-bar--over" : ""}`} aria-hidden="true">
                    <span style={{ width: `${Math.min(100, b.budget ? (b.besteed / b.budget) * 100 : 0)}%` }} className="budget-bar__spent" />
                    <span style={{ width: `${Math.max(0, Math.min(100, b.budget ? (b.gepland / b.budget) * 100 : 0))}%` }} className="budget-bar__planned" />
                  </span>
                </p>
              ) : null}
              <Form method="post" className="inline-form">
                <CsrfInput />
                <input type="hidden" name="teamId" value={team.id} />
                <Field
                  label="Budget per medewerker per jaar (euro)"
                  name="budget"
                  inputMode="decimal"
                  defaultValue={result?.teamId === team.id ? result.values.budget : centsToInput(team.budgetPerLid)}
                  error={result?.teamId === team.id ? result.errors?.budget : undefined}
                  hint="Landelijk gemiddelde: € 925"
                />
                <button type="submit" name="intent" value="budget" className="utrecht-button utrecht-button--secondary-action">
                  Budget opslaan<span className="visually-hidden"> voor {team.naam}</span>
                </button>
              </Form>
            </section>

            {team.members.length > 0 ? (
              <section aria-labelledby={`kaart-${team.id}`}>
                <h3 id={`kaart-${team.id}`} className="utrecht-heading-3">
                  Competenties: nu en doel
                </h3>
                <p className="utrecht-paragraph">
                  Per competentie het niveau nu (zelfbeoordeling) en het doelniveau uit het plan van {jaar}, bijvoorbeeld <strong>2 → 3</strong>. Een streepje betekent: niet ingevuld.
                </p>
                <ul className="heat-legend" aria-label="Legenda kleuren">
                  <li>
                    <span className="heat heat--groei">2 → 3</span> werkt aan dit doel
                  </li>
                  <li>
                    <span className="heat heat--behaald">3 → 3</span> doel bereikt
                  </li>
                  <li>
                    <span className="heat heat--stabiel">2</span> alleen zelfbeoordeling
                  </li>
                </ul>
                <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`kaart-${team.id}`}>
                  <table className="utrecht-table heatmap">
                    <caption className="utrecht-table__caption visually-hidden">
                      Competenties van {team.naam}: niveau nu en doelniveau per medewerker
                    </caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="col">Competentie</th>
                        {team.members.map((m) => (
                          <th key={m.id} className="utrecht-table__header-cell heat-col" scope="col">
                            {m.naam}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    {team.heatmap.rollen.map((rol) => (
                      <tbody key={rol.naam} className="utrecht-table__body">
                        <tr className="utrecht-table__row heat-role">
                          <th className="utrecht-table__header-cell" scope="rowgroup" colSpan={team.members.length + 1}>
                            {rol.naam}
                          </th>
                        </tr>
                        {rol.competenties.map((c) => (
                          <tr key={c.id} className="utrecht-table__row">
                            <th className="utrecht-table__header-cell heat-name" scope="row">
                              {c.naam}
                            </th>
                            {c.cells.map((cell, i) => (
                              <td key={team.members[i].id} className={`utrecht-table__cell heat-cell heat--${cell.tone}`} title={heatCellDescription(cell)}>
                                <span aria-hidden="true">{heatCellText(cell)}</span>
                                <span className="visually-hidden">{heatCellDescription(cell)}</span>
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    ))}
                  </table>
                </div>
              </section>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
