import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { IntervisieFase } from "~/methods/types";
import { spreekrechtLabels } from "./labels";
import type { PiiUitzondering } from "./pii";
import { PiiField } from "./pii-gate";
import { mayWrite } from "./speaking";
import type { ThreadMessage } from "./message";
import { ThreadClient, type Connection, type ThreadSnapshot } from "./thread-client";

export type LiveSession = {
  id: string;
  methode: { slug: string; titel: string };
  facilitator: { id: string; naam: string };
  inbrengerId: string;
  status: "actief" | "gesloten";
  fase: number;
  fasen: IntervisieFase[];
  faseEindigtOp: string;
  verborgen: number;
};

const connectionText: Record<Connection, string> = {
  verbinden: "Verbinden…",
  verbonden: "Verbonden: berichten komen direct binnen.",
  offline: "Verbinding verbroken. Wat je schrijft wordt bewaard en verstuurd zodra de verbinding terug is.",
  uitgelogd: "Je bent uitgelogd. Log opnieuw in om verder te praten; je onverzonden berichten blijven bewaard.",
};

function writingRule(session: LiveSession | null, userId: string): { ok: boolean; schriftelijk: boolean } {
  const fase = session?.status === "actief" ? session.fasen[session.fase] : undefined;
  if (!session || !fase) return { ok: true, schriftelijk: false };
  return { ok: mayWrite(fase, session.inbrengerId === userId), schriftelijk: fase.schriftelijk };
}

// Dutch wall-clock time on the server and in every browser alike (no hydration mismatch across time zones).
// With the day: a case is discussed over days, and "18:20" alone does not say which one.
const timeFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });
const time = (iso: string) => timeFormat.format(new Date(iso));

/** The live thread of a shared case: messages, presence, connection state and the composer. */
export function ThreadView({
  threadId,
  user,
  initialMessages,
  initialSession,
  onSession,
  readOnly,
}: {
  threadId: string;
  user: { id: string; naam: string };
  initialMessages: ThreadMessage[];
  initialSession: LiveSession | null;
  onSession?: (session: LiveSession | null) => void;
  readOnly?: boolean;
}) {
  const [client] = useState(() => new ThreadClient(threadId, user.id, initialMessages));
  useEffect(() => {
    if (!readOnly) client.connect();
    return () => client.close();
  }, [client, readOnly]);
  const snap: ThreadSnapshot = useSyncExternalStore(client.subscribe, client.getSnapshot, client.getSnapshot);
  const session = (snap.session === undefined ? initialSession : (snap.session as LiveSession | null)) ?? null;
  useEffect(() => {
    if (snap.session !== undefined) onSession?.(snap.session as LiveSession | null);
  }, [snap.session, onSession]);

  const listRef = useRef<HTMLOListElement>(null);
  const count = snap.messages.length + snap.outbox.length;
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [count]);

  const others = snap.presence.filter((p) => p.id !== user.id);
  return (
    <section aria-labelledby="gesprek-titel" className="thread stack">
      <h2 id="gesprek-titel" className="utrecht-heading-2">
        Gesprek
      </h2>
      <p role="status" aria-live="polite" className={`connection connection--${snap.connection}`} data-testid="verbinding">
        {readOnly ? "Dit gesprek is gesloten." : connectionText[snap.connection]}
      </p>
      {others.length ? <p className="small muted">Nu in het gesprek: {others.map((p) => p.naam).join(", ")}</p> : null}
      {/* Focusable so keyboard users can scroll the history (WCAG 2.1.1). */}
      <ol ref={listRef} className="messages list-plain" aria-label="Berichten" data-testid="berichten" tabIndex={0}>
        {snap.messages.length + snap.outbox.length === 0 ? <li className="muted">Nog geen berichten. Stel een eerste vraag.</li> : null}
        {snap.messages.map((m) => (
          <li key={m.id} className={`message${m.authorId === user.id ? " message--mine" : ""}${m.schriftelijk ? " message--written" : ""}`} data-testid="bericht">
            <p className="message__meta small">
              <strong>{m.authorNaam}</strong> · <time dateTime={m.createdAt}>{time(m.createdAt)}</time>
              {m.schriftelijk ? (m.verborgen ? " · schriftelijk, nog alleen voor jou zichtbaar" : " · schriftelijke ronde") : null}
            </p>
            <p className="message__body">{m.body}</p>
          </li>
        ))}
        {snap.outbox.map((e) => (
          <li key={e.clientId} className="message message--mine message--pending" data-testid="bericht-onderweg">
            <p className="message__meta small">
              <strong>{user.naam}</strong> · {e.fout ? <span className="message__error">niet verstuurd: {e.fout.message}</span> : "wordt verstuurd…"}
            </p>
            <p className="message__body">{e.body}</p>
            {e.fout ? (
              <button type="button" className="utrecht-button utrecht-button--subtle utrecht-button--small" onClick={() => client.discard(e.clientId)}>
                Verwijderen<span className="visually-hidden"> (niet verstuurd bericht)</span>
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="small muted typing">
        {snap.typing.length ? `${snap.typing.map((t) => t.naam).join(", ")} ${snap.typing.length === 1 ? "typt" : "typen"}…` : ""}
      </p>
      {readOnly ? null : <Composer client={client} session={session} userId={user.id} />}
    </section>
  );
}

function Composer({ client, session, userId }: { client: ThreadClient; session: LiveSession | null; userId: string }) {
  const [body, setBody] = useState("");
  const [uitzonderingen, setUitzonderingen] = useState<PiiUitzondering[]>([]);
  const [open, setOpen] = useState(0);
  const lastTyping = useRef(0);
  const rule = writingRule(session, userId);
  const fase = session?.status === "actief" ? session.fasen[session.fase] : undefined;

  function submit() {
    if (!body.trim() || open > 0 || !rule.ok) return;
    client.send(body.trim(), uitzonderingen);
    setBody("");
    setUitzonderingen([]);
  }

  return (
    <form
      className="composer stack"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {fase && !rule.ok ? (
        <p className="utrecht-alert utrecht-alert--info" role="status">
          In de fase “{fase.naam}” kun je niet schrijven: {spreekrechtLabels[fase.spreekrecht].toLowerCase()}.
        </p>
      ) : null}
      <PiiField
        veld="body"
        label={rule.schriftelijk ? "Jouw schriftelijke bijdrage (zichtbaar zodra de facilitator alles toont)" : "Bericht"}
        value={body}
        onChange={(value) => {
          setBody(value);
          if (Date.now() - lastTyping.current > 2_000) {
            lastTyping.current = Date.now();
            client.typing();
          }
        }}
        uitzonderingen={uitzonderingen}
        onUitzonderingen={setUitzonderingen}
        onBlocking={(_veld, n) => setOpen(n)}
        multiline
        rows={3}
        maxLength={4000}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <div className="button-row">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={!body.trim() || open > 0 || !rule.ok}>
          Versturen
        </button>
        <span className="small muted">Ctrl+Enter verstuurt ook.</span>
      </div>
    </form>
  );
}
