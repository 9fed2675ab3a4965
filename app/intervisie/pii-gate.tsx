import { useEffect, useId, useMemo, useRef, useState } from "react";
import { blockingSpans, detectPiiInBackground, labelNamen, placeholderFor, replaceAll, replaceMentions, sameMentions, type PiiSpan, type PiiUitzondering } from "./pii";
import { FormField } from "~/components/forms";

const DEBOUNCE_MS = 250;

/** Live detection, debounced and in a Web Worker so typing in a long case stays fluent; the worker starts on first use. */
export function usePiiSpans(text: string, enabled = true): PiiSpan[] {
  const [spans, setSpans] = useState<PiiSpan[]>([]);
  useEffect(() => {
    if (enabled) void detectPiiInBackground(""); // loads the detector and builds its lexicons before the first words
  }, [enabled]);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(() => {
      void detectPiiInBackground(text).then((found) => current && setSpans(found));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, enabled]);
  return spans;
}

/** Keeps exceptions attached to their span while the text around them changes. */
export function followSpans(uitzonderingen: PiiUitzondering[], spans: PiiSpan[]): PiiUitzondering[] {
  const used = new Set<PiiSpan>();
  return uitzonderingen.flatMap((u) => {
    const same = spans.filter((s) => !used.has(s) && s.label === u.label && s.text === u.text);
    const span = same.sort((a, b) => Math.abs(a.start - u.start) - Math.abs(b.start - u.start))[0];
    if (!span) return [];
    used.add(span);
    return [{ ...u, start: span.start, end: span.end }];
  });
}

type GateProps = {
  veld: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  uitzonderingen: PiiUitzondering[];
  onUitzonderingen: (next: PiiUitzondering[]) => void;
  /** spans the server refused (shown also without JavaScript) */
  serverSpans?: PiiSpan[];
  onBlocking?: (veld: string, count: number) => void;
  multiline?: boolean;
  rows?: number;
  error?: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  inputRef?: React.Ref<HTMLTextAreaElement & HTMLInputElement>;
  onKeyDown?: React.KeyboardEventHandler;
};

/**
 * A text field with the PII gate: detected personal data is highlighted live; each span is replaced by a
 * placeholder (one click, or all at once) or marked "geen persoonsgegeven" with a reason. The server
 * re-checks everything; this is a convenience for the writer.
 */
export function PiiField(props: GateProps) {
  const { veld, label, value, onChange, uitzonderingen, onUitzonderingen, serverSpans, onBlocking, multiline, rows = 6, error, hint, required, maxLength } = props;
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const spans = usePiiSpans(value, hydrated);
  const mine = useMemo(() => uitzonderingen.filter((u) => u.veld === veld), [uitzonderingen, veld]);
  const shown = hydrated ? spans : (serverSpans ?? []);
  const blocking = blockingSpans(shown, mine);

  // Exceptions follow their span when text before it changes; an exception whose span disappeared is dropped.
  const lastSpans = useRef(spans);
  useEffect(() => {
    if (lastSpans.current === spans) return;
    lastSpans.current = spans;
    const followed = followSpans(mine, spans);
    if (JSON.stringify(followed) !== JSON.stringify(mine)) onUitzonderingen([...uitzonderingen.filter((u) => u.veld !== veld), ...followed]);
  }, [spans, mine, uitzonderingen, veld, onUitzonderingen]);

  useEffect(() => onBlocking?.(veld, blocking.length), [onBlocking, veld, blocking.length]);

  const panelId = `${useId()}-pii`;
  const Input = multiline ? "textarea" : "input";
  return (
    <FormField
      label={label}
      name={veld}
      hint={hint}
      error={error}
      invalid={blocking.length > 0}
      describedBy={shown.length ? panelId : undefined}
      after={
        <PiiPanel
          id={panelId}
          veld={veld}
          label={label}
          text={value}
          spans={shown}
          uitzonderingen={mine}
          interactive={hydrated}
          onReplace={(span) => onChange(replaceMentions(value, span, blockingSpans(spans, mine)))}
          onReplaceAll={() => onChange(replaceAll(value, blockingSpans(spans, mine)))}
          onException={(u) => onUitzonderingen([...uitzonderingen.filter((x) => !(x.veld === veld && x.start === u.start && x.end === u.end)), u])}
          onUndo={(u) => onUitzonderingen(uitzonderingen.filter((x) => x !== u))}
        />
      }
    >
      {(control) => (
        <Input
          {...control}
          name={veld}
          ref={props.inputRef}
          className={multiline ? "utrecht-textarea utrecht-textarea--html-textarea" : "utrecht-textbox utrecht-textbox--html-input"}
          rows={multiline ? rows : undefined}
          value={value}
          required={required}
          maxLength={maxLength}
          onChange={(e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value)}
          onKeyDown={props.onKeyDown}
        />
      )}
    </FormField>
  );
}

type PanelProps = {
  id: string;
  veld: string;
  label: string;
  text: string;
  spans: PiiSpan[];
  uitzonderingen: PiiUitzondering[];
  interactive: boolean;
  onReplace: (span: PiiSpan) => void;
  onReplaceAll: () => void;
  onException: (u: PiiUitzondering) => void;
  onUndo: (u: PiiUitzondering) => void;
};

function PiiPanel({ id, veld, label, text, spans, uitzonderingen, interactive, onReplace, onReplaceAll, onException, onUndo }: PanelProps) {
  const blocking = blockingSpans(spans, uitzonderingen);
  const [asking, setAsking] = useState<PiiSpan | null>(null);
  const [reden, setReden] = useState("");
  if (!spans.length) return null;
  const excepted = (s: PiiSpan) => uitzonderingen.find((u) => u.start === s.start && u.end === s.end && u.label === s.label);
  return (
    <div id={id} className="pii-panel" role="region" aria-label={`Persoonsgegevens in ${label.toLowerCase()}`}>
      <p className="utrecht-paragraph pii-panel__summary" aria-live="polite">
        {blocking.length
          ? `${blocking.length} mogelijk ${blocking.length === 1 ? "persoonsgegeven" : "persoonsgegevens"} in ${label.toLowerCase()}. Vervang ${blocking.length === 1 ? "het" : "ze"} of markeer met een reden.`
          : `Geen persoonsgegevens meer in ${label.toLowerCase()}.`}
      </p>
      <ul className="pii-list">
        {spans.map((span) => {
          const u = excepted(span);
          const mentions = sameMentions(span, blocking).length;
          return (
            <li key={`${span.start}-${span.end}`} className="pii-item" data-testid="pii-span">
              <span>
                <strong>{capitalise(labelNamen[span.label] ?? span.label)}</strong>: <Context text={text} span={span} ok={Boolean(u)} />
                {u ? <span className="muted"> — geen persoonsgegeven: {u.reden}</span> : null}
              </span>
              {interactive && !u ? (
                <span className="pii-actions">
                  <button type="button" className="utrecht-button utrecht-button--secondary-action utrecht-button--small" onClick={() => onReplace(span)}>
                    Vervang door {placeholderFor(span, text)}
                    {mentions > 1 ? ` (${mentions}×)` : null}
                    <span className="visually-hidden"> ({span.text})</span>
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle utrecht-button--small"
                    aria-expanded={asking === span}
                    onClick={() => {
                      setAsking(span);
                      setReden("");
                    }}
                  >
                    Geen persoonsgegeven<span className="visually-hidden"> ({span.text})</span>
                  </button>
                </span>
              ) : null}
              {interactive && u ? (
                <button type="button" className="utrecht-button utrecht-button--subtle utrecht-button--small" onClick={() => onUndo(u)}>
                  Markering ongedaan maken<span className="visually-hidden"> ({span.text})</span>
                </button>
              ) : null}
              {asking === span && !u ? (
                <span className="pii-reason">
                  <label className="utrecht-form-label" htmlFor={`${id}-reden`}>
                    Waarom is “{span.text}” geen persoonsgegeven?
                  </label>
                  <input
                    id={`${id}-reden`}
                    className="utrecht-textbox utrecht-textbox--html-input"
                    value={reden}
                    autoFocus
                    onChange={(e) => setReden(e.target.value)}
                  />
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action utrecht-button--small"
                    disabled={reden.trim().length < 3}
                    onClick={() => {
                      onException({ veld, start: span.start, end: span.end, label: span.label, reden: reden.trim(), text: span.text });
                      setAsking(null);
                    }}
                  >
                    Markering opslaan
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {interactive && blocking.length > 1 ? (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onReplaceAll}>
          Alles vervangen<span className="visually-hidden"> in {label.toLowerCase()}</span>
        </button>
      ) : null}
    </div>
  );
}

const CONTEXT_CHARS = 40;

/** The span highlighted within a few words around it, so it is found even in a long text. */
function Context({ text, span, ok }: { text: string; span: PiiSpan; ok: boolean }) {
  const chars = Array.from(text);
  const before = chars.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start).join("");
  const after = chars.slice(span.end, span.end + CONTEXT_CHARS).join("");
  return (
    <span className="pii-context">
      {span.start > CONTEXT_CHARS ? "…" : ""}
      {before}
      <mark className={ok ? "pii-mark pii-mark--ok" : "pii-mark"}>{chars.slice(span.start, span.end).join("") || span.text}</mark>
      {after}
      {span.end + CONTEXT_CHARS < chars.length ? "…" : ""}
    </span>
  );
}

/** "naam" → "Naam" at the start of a list item; "BSN" stays as it is. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
