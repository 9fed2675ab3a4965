import { Form, useNavigation } from "@remix-run/react";
import { useCallback, useState } from "react";
import { CsrfInput, ErrorSummary } from "~/components/forms";
import type { PiiSpan, PiiUitzondering } from "./pii";
import { PiiField } from "./pii-gate";
import { MethodChoices, type MethodGroup } from "./method-choices";

export type CaseFormValues = { titel: string; hulpvraag: string; situatie: string; methoden: string[]; groupId?: string; uitzonderingen?: PiiUitzondering[] };
export type CaseFormResult = {
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  velden?: Record<string, PiiSpan[]>;
  values?: Partial<CaseFormValues>;
  uitzonderingen?: PiiUitzondering[];
};

type Props = {
  initial: CaseFormValues;
  groups: { id: string; naam: string }[];
  methods: MethodGroup[];
  result?: CaseFormResult;
  concept: boolean;
};

/** The case form, with the PII gate on every text field; publishing waits until no span remains. */
export function CaseForm({ initial, groups, methods, result, concept }: Props) {
  const values = { ...initial, ...result?.values };
  const [titel, setTitel] = useState(values.titel ?? "");
  const [hulpvraag, setHulpvraag] = useState(values.hulpvraag ?? "");
  const [situatie, setSituatie] = useState(values.situatie ?? "");
  const [uitzonderingen, setUitzonderingen] = useState<PiiUitzondering[]>(result?.uitzonderingen ?? initial.uitzonderingen ?? []);
  const [blocking, setBlocking] = useState<Record<string, number>>({});
  const onBlocking = useCallback((veld: string, count: number) => setBlocking((b) => (b[veld] === count ? b : { ...b, [veld]: count })), []);
  const open = Object.values(blocking).reduce((a, b) => a + b, 0);
  const busy = useNavigation().state === "submitting";
  const gate = { uitzonderingen, onUitzonderingen: setUitzonderingen, onBlocking };
  const chosen = new Set(values.methoden ?? []);

  return (
    <Form method="post" className="stack case-form" noValidate>
      <CsrfInput />
      <ErrorSummary message={result?.message} errors={result?.fieldErrors} />
      <input type="hidden" name="uitzonderingen" value={JSON.stringify(uitzonderingen.map(({ text: _t, ...u }) => u))} />
      {groups.length > 1 ? (
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="groep">
            Intervisiegroep
          </label>
          <select id="groep" name="groupId" className="utrecht-select utrecht-select--html-select" defaultValue={values.groupId}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </select>
        </div>
      ) : groups[0] ? (
        <input type="hidden" name="groupId" value={groups[0].id} />
      ) : null}
      <PiiField veld="titel" label="Titel" value={titel} onChange={setTitel} error={result?.fieldErrors?.titel} serverSpans={result?.velden?.titel} required maxLength={120} {...gate} />
      <PiiField
        veld="hulpvraag"
        label="Hulpvraag aan de groep"
        hint="Wat wil je van je collega's weten? Bijvoorbeeld: hoe houd ik het gesprek gaande als [Klant] afhaakt?"
        value={hulpvraag}
        onChange={setHulpvraag}
        error={result?.fieldErrors?.hulpvraag}
        serverSpans={result?.velden?.hulpvraag}
        multiline
        rows={3}
        required
        {...gate}
      />
      <PiiField
        veld="situatie"
        label="Situatie"
        hint="Beschrijf wat er gebeurde zonder namen, adressen, BSN of data: schrijf [Klant], [Persoon A], [Plaats 1], [Datum]."
        value={situatie}
        onChange={setSituatie}
        error={result?.fieldErrors?.situatie}
        serverSpans={result?.velden?.situatie}
        multiline
        rows={10}
        required
        {...gate}
      />
      <MethodChoices methods={methods} label="Methoden uit Wat werkt (optioneel)" chosen={chosen} />
      <p className="utrecht-paragraph" aria-live="polite" data-testid="pii-status">
        {open ? `Nog ${open} ${open === 1 ? "persoonsgegeven" : "persoonsgegevens"} te controleren voordat je kunt opslaan of delen.` : ""}
      </p>
      <div className="button-row">
        {concept ? (
          <button type="submit" name="intent" value="opslaan" className="utrecht-button utrecht-button--secondary-action" disabled={busy || open > 0}>
            Opslaan als concept
          </button>
        ) : null}
        <button type="submit" name="intent" value="delen" className="utrecht-button utrecht-button--primary-action" disabled={busy || open > 0}>
          {concept ? "Delen met de groep" : "Wijzigingen opslaan"}
        </button>
      </div>
    </Form>
  );
}
