import { Link } from "@remix-run/react";
import { useEffect, useRef, type ChangeEvent } from "react";
import type { CompetenceFacetGroup, FacetOption, SearchFacets, SelectedFilters } from "./types";

interface FacetsProps {
  facets: SearchFacets;
  selected: SelectedFilters;
  /** The search form the checkboxes belong to (they sit outside it in the layout). */
  formId: string;
  /** `/methoden?q=…`: the current query without filters. */
  wisHref: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

const WIDE_SCREEN = "(min-width: 60rem)";

/**
 * Filters with counts as checkboxes of the GET search form, so they work without JavaScript. On a phone the
 * whole panel is a closed `<details>`; on a wide screen it opens once the page has loaded.
 */
export function Facets({ facets, selected, formId, wisHref, onChange }: FacetsProps) {
  const panel = useRef<HTMLDetailsElement>(null);
  const aantalActief = selected.erkenning.length + selected.competentie.length + selected.doelgroep.length;
  // Also after "Filters wissen": React then drops the server's `open`, which must not fold the panel on a wide screen.
  useEffect(() => {
    if (panel.current && window.matchMedia(WIDE_SCREEN).matches) panel.current.open = true;
  }, [aantalActief]);

  return (
    <details ref={panel} className="facetten" open={aantalActief > 0 || undefined}>
      {/* No heading inside <summary>: its button role would hide the heading from screen readers. */}
      <summary className="facetten__kop">
        Filters
        {aantalActief > 0 ? <span className="facetten__actief"> ({aantalActief} actief)</span> : null}
      </summary>
      <div className="facetten__inhoud">
        {aantalActief > 0 ? (
          <p className="facetten__wissen">
            <Link className="utrecht-link" to={wisHref}>
              Filters wissen
            </Link>
          </p>
        ) : null}

        <fieldset className="facet">
          <legend className="facet__titel">Erkenning</legend>
          {facets.erkenning.length === 0 ? <p className="muted small">Geen erkenningen in deze resultaten.</p> : null}
          {[...facets.erkenning].reverse().map((option) => (
            <FacetCheckbox key={option.value} name="erkenning" option={option} formId={formId} checked={selected.erkenning.includes(option.value)} onChange={onChange} />
          ))}
        </fieldset>

        <fieldset className="facet">
          <legend className="facet__titel">Competentie</legend>
          <p className="muted small facet__hint">
            {facets.competentie.length === 0 ? "Geen competenties in deze resultaten." : "Per rol uit \u2018De Kern van het Beroep\u2019"}
          </p>
          {facets.competentie.map((group) => (
            <CompetenceGroup key={group.rol} group={group} selected={selected.competentie} formId={formId} onChange={onChange} />
          ))}
        </fieldset>

        <fieldset className="facet">
          <legend className="facet__titel">Doelgroep</legend>
          {facets.doelgroep.length === 0 ? <p className="muted small">Geen doelgroepen in deze resultaten.</p> : null}
          {facets.doelgroep.map((option) => (
            <FacetCheckbox key={option.value} name="doelgroep" option={option} formId={formId} checked={selected.doelgroep.includes(option.value)} onChange={onChange} />
          ))}
        </fieldset>

        <button type="submit" form={formId} className="utrecht-button utrecht-button--secondary-action facetten__toepassen">
          Filters toepassen
        </button>
      </div>
    </details>
  );
}

function CompetenceGroup({
  group,
  selected,
  formId,
  onChange,
}: {
  group: CompetenceFacetGroup;
  selected: string[];
  formId: string;
  onChange: FacetsProps["onChange"];
}) {
  const ids = [group.rolOptie?.value, ...group.competenties.map((c) => c.value)];
  const actief = ids.some((id) => id !== undefined && selected.includes(id));
  return (
    <details className="facet-rol" open={actief || undefined}>
      <summary>
        {group.naam} <span className="facet__aantal">({group.rolOptie?.count ?? 0})</span>
      </summary>
      <div className="facet-rol__opties" role="group" aria-label={`Competenties van de rol ${group.naam}`}>
        {group.rolOptie ? (
          <FacetCheckbox
            name="competentie"
            option={{ ...group.rolOptie, label: `Alle competenties bij ${group.naam.toLowerCase()}` }}
            formId={formId}
            checked={selected.includes(group.rolOptie.value)}
            onChange={onChange}
          />
        ) : null}
        {group.competenties.map((option) => (
          <FacetCheckbox key={option.value} name="competentie" option={option} formId={formId} checked={selected.includes(option.value)} onChange={onChange} />
        ))}
      </div>
    </details>
  );
}

function FacetCheckbox({
  name,
  option,
  formId,
  checked,
  onChange,
}: {
  name: string;
  option: FacetOption;
  formId: string;
  checked: boolean;
  onChange: FacetsProps["onChange"];
}) {
  const id = `facet-${name}-${option.value}`.replace(/[^a-zA-Z0-9_-]/g, "-");
  const box = useRef<HTMLInputElement>(null);
  // Uncontrolled: the click itself is the state the (debounced) form submission reads. When the loaded filters
  // change another way ("Filters wissen", back button), the box follows them.
  useEffect(() => {
    if (box.current) box.current.checked = checked;
  }, [checked]);
  return (
    <div className="facet__optie">
      <input ref={box} type="checkbox" id={id} name={name} value={option.value} form={formId} defaultChecked={checked} onChange={onChange} />
      <label htmlFor={id}>
        {option.label} <span className="facet__aantal">({option.count})</span>
      </label>
    </div>
  );
}
