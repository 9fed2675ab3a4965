import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";
import { CsrfInput, Field, TextareaField } from "~/components/forms";
import { MethodChoices, type MethodGroup } from "./method-choices";
import { spreekrechtLabels } from "./labels";
import type { LiveSession } from "./thread-view";

function useCountdown(until: string): string {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  if (now === null) return "";
  const left = Math.round((new Date(until).getTime() - now) / 1000);
  const abs = Math.abs(left);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
  return left >= 0 ? `nog ${text}` : `${text} over tijd`;
}

/** The current phase for everyone; the facilitator's controls to move on, reveal and close. */
export function SessionPanel({
  session,
  userId,
  methods,
  errors,
}: {
  session: LiveSession;
  userId: string;
  methods: MethodGroup[];
  errors?: Partial<Record<string, string>>;
}) {
  const fase = session.fasen[session.fase];
  const countdown = useCountdown(session.faseEindigtOp);
  const facilitator = session.facilitator.id === userId;
  const last = session.fase >= session.fasen.length - 1;
  if (!fase) return null;
  return (
    <section aria-labelledby="sessie-titel" className="card session stack" data-testid="sessie">
      <h2 id="sessie-titel" className="utrecht-heading-2">
        Sessie: {session.methode.titel}
      </h2>
      <p className="small muted">
        Facilitator: {session.facilitator.naam} · fase {session.fase + 1} van {session.fasen.length}
      </p>
      <div aria-live="polite">
        <h3 className="utrecht-heading-3" data-testid="fase-naam">
          {fase.naam}
        </h3>
        <p className="utrecht-paragraph">{fase.instructie}</p>
        <p className="utrecht-paragraph">
          <strong>{spreekrechtLabels[fase.spreekrecht]}</strong>
          {fase.schriftelijk ? " · schriftelijke ronde: bijdragen blijven verborgen tot de facilitator ze samen toont" : ""}
        </p>
      </div>
      <p className="countdown" aria-label={`Tijd voor deze fase: ${fase.duur} minuten`}>
        <span aria-hidden="true">{countdown}</span> <span className="small muted">({fase.duur} min)</span>
      </p>
      <ol className="phases small">
        {session.fasen.map((f, i) => (
          <li key={i} aria-current={i === session.fase ? "step" : undefined} className={i === session.fase ? "phase phase--current" : "phase"}>
            {f.naam}
          </li>
        ))}
      </ol>
      {session.verborgen > 0 ? <p className="utrecht-paragraph">{session.verborgen} schriftelijke {session.verborgen === 1 ? "bijdrage wacht" : "bijdragen wachten"} op onthulling.</p> : null}
      {facilitator ? (
        <div className="stack">
          <div className="button-row">
            {session.verborgen > 0 ? (
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="sessionId" value={session.id} />
                <button type="submit" name="intent" value="onthullen" className="utrecht-button utrecht-button--secondary-action">
                  Schriftelijke bijdragen tonen
                </button>
              </Form>
            ) : null}
            {!last ? (
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="sessionId" value={session.id} />
                <button type="submit" name="intent" value="volgende-fase" className="utrecht-button utrecht-button--primary-action">
                  Naar de volgende fase<span className="visually-hidden">: {session.fasen[session.fase + 1]?.naam}</span>
                </button>
              </Form>
            ) : null}
          </div>
          {last ? <CloseSessionForm session={session} methods={methods} errors={errors} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function CloseSessionForm({ session, methods, errors }: { session: LiveSession; methods: MethodGroup[]; errors?: Partial<Record<string, string>> }) {
  const minutes = session.fasen.reduce((sum, f) => sum + f.duur, 0);
  return (
    <Form method="post" className="stack">
      <h3 className="utrecht-heading-3">Sessie afsluiten</h3>
      <CsrfInput />
      <input type="hidden" name="sessionId" value={session.id} />
      <LessonsAndMethods methods={methods} methodsLabel="Methoden uit Wat werkt die hielpen (optioneel)" error={errors?.lessen} />
      <Field
        label="Reflectie-uren per deelnemer"
        name="uren"
        type="number"
        min={0.25}
        max={8}
        step={0.25}
        defaultValue={Math.round((minutes / 60) * 4) / 4}
        error={errors?.uren}
        hint="Komt als reflectie-uren in het opleidingsplan van iedereen die meedeed."
      />
      <button type="submit" name="intent" value="sessie-sluiten" className="utrecht-button utrecht-button--primary-action">
        Sessie afsluiten en uren registreren
      </button>
    </Form>
  );
}

/** What closing a session or a case records: the lessons learned and the methods from Wat werkt that helped. */
export function LessonsAndMethods({
  methods,
  methodsLabel = "Methoden uit Wat werkt (optioneel)",
  error,
}: {
  methods: MethodGroup[];
  methodsLabel?: string;
  error?: string;
}) {
  return (
    <>
      {/* Checked on the server; `required` would paint the empty field red before anyone typed. */}
      <TextareaField label="Geleerde lessen" name="lessen" rows={4} aria-required="true" error={error} hint="Wat neem je mee uit deze casus? Schrijf het zo op dat een collega er later iets aan heeft." />
      <MethodChoices methods={methods} label={methodsLabel} />
    </>
  );
}
