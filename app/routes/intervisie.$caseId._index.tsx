import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useState } from "react";
import { requireUser } from "~/accounts/auth.server";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { CsrfInput, ErrorSummary, SelectField } from "~/components/forms";
import { archiveCase, completeCase, getCase } from "~/intervisie/cases.server";
import { IntervisieError } from "~/intervisie/errors";
import { orFail } from "~/intervisie/http.server";
import css from "~/intervisie/intervisie.css?url";
import { statusLabels } from "~/intervisie/labels";
import { methodChoices } from "~/intervisie/method-choices.server";
import { announceSession } from "~/intervisie/realtime.server";
import { LessonsAndMethods, SessionPanel } from "~/intervisie/session-panel";
import type { MethodGroup } from "~/intervisie/method-choices";
import { advancePhase, closeSchema, closeSession, intervisieMethods, revealWritten, sessionState, startSchema, startSession } from "~/intervisie/sessions.server";
import { messagesAfter } from "~/intervisie/threads.server";
import { ThreadView, type LiveSession } from "~/intervisie/thread-view";
import { readForm } from "~/platform/forms.server";
import { manyOf, z } from "~/platform/validation";

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("afronden"), lessen: z.string({ error: "Schrijf de geleerde lessen op." }).trim().min(10, "Schrijf de geleerde lessen op (minstens 10 tekens).").max(4000), methoden: manyOf(z.string()) }),
  z.object({ intent: z.literal("archiveren") }),
  startSchema.extend({ intent: z.literal("sessie-starten") }),
  z.object({ intent: z.literal("volgende-fase"), sessionId: z.string() }),
  z.object({ intent: z.literal("onthullen"), sessionId: z.string() }),
  closeSchema.extend({ intent: z.literal("sessie-sluiten"), sessionId: z.string(), methoden: manyOf(z.string().regex(/^[a-z0-9-]+$/)) }),
]);

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.kase.titel ?? "Casus"} · Intervisie · Elke dag leren` }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const kase = await orFail(getCase(user, params.caseId!));
  const threadId = kase.threads[0]?.id ?? null;
  const [messages, session, methods, intervisie] = await Promise.all([
    threadId ? messagesAfter(user, threadId) : [],
    sessionState(kase.id),
    methodChoices(),
    intervisieMethods(),
  ]);
  return {
    user: { id: user.id, naam: user.naam },
    kase: {
      id: kase.id,
      titel: kase.titel,
      hulpvraag: kase.hulpvraag,
      situatie: kase.situatie,
      status: kase.status,
      lessen: kase.lessen,
      opgeschoond: kase.opgeschoondOp !== null,
      groep: kase.group.naam,
      auteur: kase.author,
      methoden: kase.methods.map((m) => m.methodSlug),
    },
    leden: kase.group.members.map((m) => m.user),
    threadId,
    messages,
    session,
    methods,
    intervisieMethods: intervisie.map((m) => ({ slug: m.slug, titel: m.titel, samenvatting: m.samenvatting, duurTotaal: m.duurTotaal })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const caseId = params.caseId!;
  const form = await readForm(request, ActionSchema);
  if (!form.ok) return data({ message: "Controleer de gemarkeerde velden.", errors: form.fieldErrors }, { status: 400 });
  const input = form.data;
  try {
    switch (input.intent) {
      case "afronden":
        await completeCase(user, caseId, input.lessen, input.methoden);
        return redirectWithMessage(request, `/intervisie/${caseId}`, "De casus is afgerond. De geleerde lessen blijven bewaard.");
      case "archiveren":
        await archiveCase(user, caseId);
        return redirectWithMessage(request, "/intervisie", "De casus is gearchiveerd.");
      case "sessie-starten":
        await startSession(user, caseId, input);
        await announce(caseId);
        return redirectWithMessage(request, `/intervisie/${caseId}`, "De sessie is gestart.");
      case "volgende-fase":
        await announce(await advancePhase(user, input.sessionId));
        return redirectWithMessage(request, `/intervisie/${caseId}`, "Volgende fase.");
      case "onthullen": {
        const { revealedIds } = await revealWritten(user, input.sessionId);
        await announce(caseId, revealedIds);
        return redirectWithMessage(request, `/intervisie/${caseId}`, "De schriftelijke bijdragen zijn voor iedereen zichtbaar.");
      }
      case "sessie-sluiten": {
        const { revealedIds } = await closeSession(user, input.sessionId, input);
        await announce(caseId, revealedIds);
        return redirectWithMessage(request, `/intervisie/${caseId}`, "De sessie is afgesloten; de reflectie-uren staan in ieders opleidingsplan.");
      }
    }
  } catch (error) {
    if (!(error instanceof IntervisieError) || error.status === 403 || error.status === 404) return orFail(Promise.reject(error));
    return data({ message: error.body.message, errors: {} as Record<string, string | undefined> }, { status: error.status });
  }
}

async function announce(caseId: string, revealedIds: number[] = []) {
  const state = await sessionState(caseId);
  if (state?.threadId) await announceSession(state.threadId, revealedIds);
}

export default function CasePage() {
  const { user, kase, leden, threadId, messages, session: loaded, methods, intervisieMethods } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [live, setLive] = useState<LiveSession | null | undefined>(undefined);
  const onSession = useCallback((s: LiveSession | null) => setLive(s), []);
  const session = (live !== undefined ? live : (loaded as LiveSession | null)) ?? null;
  const active = session?.status === "actief" ? session : null;
  const titels = new Map(methods.flatMap((g) => g.methods).map((m) => [m.slug, m.titel]));
  const isAuthor = kase.auteur.id === user.id;

  return (
    <>
      <p>
        <Link className="utrecht-link" to="/intervisie">
          ← Terug naar alle casussen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{kase.titel}</h1>
      <p className="utrecht-paragraph small">
        <span className="badge">{statusLabels[kase.status] ?? kase.status}</span> · {kase.groep} · ingebracht door {kase.auteur.naam}
      </p>
      <ErrorSummary message={result?.message} />
      {kase.status === "concept" && isAuthor ? (
        <div className="utrecht-alert utrecht-alert--info" role="status">
          <p className="utrecht-paragraph">
            Dit is een concept: alleen jij ziet het.{" "}
            <Link className="utrecht-link" to={`/intervisie/${kase.id}/bewerken`}>
              Bewerken en delen
            </Link>
          </p>
        </div>
      ) : null}
      {/* On a phone the conversation comes right after the case, before the forms to start a session or close the case. */}
      <div className="case-layout">
        <div className="stack case-layout__casus">
          {kase.opgeschoond ? (
            <p className="utrecht-paragraph muted">De tekst van deze casus is na de bewaartermijn verwijderd. De titel, geleerde lessen en methoden blijven bewaard.</p>
          ) : (
            <section aria-labelledby="casus-titel" className="card stack">
              <h2 id="casus-titel" className="utrecht-heading-2">
                Hulpvraag
              </h2>
              <p className="utrecht-paragraph case-text">{kase.hulpvraag}</p>
              <h2 className="utrecht-heading-3">Situatie</h2>
              <p className="utrecht-paragraph case-text">{kase.situatie}</p>
              {kase.status === "gedeeld" && isAuthor ? (
                <p className="small">
                  <Link className="utrecht-link" to={`/intervisie/${kase.id}/bewerken`}>
                    Casus bewerken
                  </Link>
                </p>
              ) : null}
            </section>
          )}
          {kase.lessen ? (
            <section aria-labelledby="lessen-titel" className="card">
              <h2 id="lessen-titel" className="utrecht-heading-2">
                Geleerde lessen
              </h2>
              <p className="utrecht-paragraph case-text">{kase.lessen}</p>
            </section>
          ) : null}
          {kase.methoden.length ? (
            <section aria-labelledby="methoden-titel">
              <h2 id="methoden-titel" className="utrecht-heading-3">
                Methoden uit Wat werkt
              </h2>
              <ul>
                {kase.methoden.map((slug) => (
                  <li key={slug}>
                    <Link className="utrecht-link" to={`/methoden/${slug}`}>
                      {titels.get(slug) ?? slug}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {active ? <SessionPanel session={active} userId={user.id} methods={methods} errors={result?.errors} /> : null}
        </div>
        {threadId && !kase.opgeschoond ? (
          <div className="case-layout__gesprek">
            <ThreadView
              threadId={threadId}
              user={user}
              initialMessages={messages}
              initialSession={loaded as LiveSession | null}
              onSession={onSession}
              readOnly={kase.status !== "gedeeld"}
            />
          </div>
        ) : null}
        <div className="stack case-layout__acties">
          {kase.status === "gedeeld" && !active ? <StartSession leden={leden} methods={intervisieMethods} userId={user.id} /> : null}
          {kase.status === "gedeeld" && !active ? <CompleteCase methods={methods} error={result?.errors?.lessen} /> : null}
          {kase.status === "afgerond" ? (
            <Form method="post">
              <CsrfInput />
              <button type="submit" name="intent" value="archiveren" className="utrecht-button utrecht-button--secondary-action">
                Archiveren
              </button>
            </Form>
          ) : null}
        </div>
      </div>
    </>
  );
}

function StartSession({ leden, methods, userId }: { leden: { id: string; naam: string }[]; methods: { slug: string; titel: string; samenvatting: string; duurTotaal: number }[]; userId: string }) {
  if (!methods.length) return <p className="utrecht-paragraph muted">Er zijn nog geen intervisiemethoden beschikbaar om een sessie mee te starten.</p>;
  return (
    <details className="card">
      <summary className="utrecht-heading-3">Gestructureerde sessie starten</summary>
      <Form method="post" className="stack">
        <CsrfInput />
        <SelectField label="Methode" name="methode" hint="De app leidt de groep fase voor fase door de methode, met een klok per fase.">
          {methods.map((m) => (
            <option key={m.slug} value={m.slug}>
              {m.titel} ({m.duurTotaal} min)
            </option>
          ))}
        </SelectField>
        <SelectField label="Facilitator" name="facilitator" defaultValue={userId} hint="Die zet de volgende fase klaar en sluit de sessie af.">
          {leden.map((l) => (
            <option key={l.id} value={l.id}>
              {l.naam}
            </option>
          ))}
        </SelectField>
        <button type="submit" name="intent" value="sessie-starten" className="utrecht-button utrecht-button--primary-action">
          Sessie starten
        </button>
      </Form>
    </details>
  );
}

function CompleteCase({ methods, error }: { methods: MethodGroup[]; error?: string }) {
  return (
    <details className="card" open={error ? true : undefined}>
      <summary className="utrecht-heading-3">Casus afronden</summary>
      <Form method="post" className="stack">
        <CsrfInput />
        <LessonsAndMethods methods={methods} error={error} />
        <button type="submit" name="intent" value="afronden" className="utrecht-button utrecht-button--primary-action">
          Afronden
        </button>
      </Form>
    </details>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
