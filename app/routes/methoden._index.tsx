import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { requireUser } from "~/accounts/auth.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/forms";
import { ErkenningUitleg } from "~/methods/components/erkenning";
import { Facets } from "~/methods/components/facets";
import { aantalGevonden } from "~/methods/components/format";
import { EmptyState, ResultList } from "~/methods/components/results";
import type { CompetenceFacetGroup, MethodHit, SelectedFilters } from "~/methods/components/types";
import { getLibrary, type Library } from "~/methods/library.server";
import { DEFAULT_LIMIT, MAX_LIMIT, parseSearchParams, search, type SearchParams, type SearchResponse } from "~/methods/search.server";
import css from "~/methods/methods.css?url";

const FORM_ID = "methoden-zoeken";
const TYPE_DELAY_MS = 150;
const EMPTY_QUERY: SearchParams = { q: "", erkenning: [], competentie: [], doelgroep: [], limit: DEFAULT_LIMIT, offset: 0 };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.q ? `Zoeken naar \u201c${data.q}\u201d · Wat werkt · Elke dag leren` : "Wat werkt · Elke dag leren" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const library = await getLibrary();
  const parsed = parseSearchParams(new URL(request.url).searchParams, library.index);
  const query = parsed.ok ? parsed.data : EMPTY_QUERY;
  const response = search(library.index, query);
  return data(
    {
      q: query.q,
      selected: { erkenning: query.erkenning, competentie: query.competentie, doelgroep: query.doelgroep } satisfies SelectedFilters,
      meerLimit: Math.min(query.limit + DEFAULT_LIMIT, MAX_LIMIT),
      total: response.total,
      results: response.results.map((result) => toHit(library, result)),
      facets: {
        erkenning: response.facets.erkenning,
        competentie: groupByRole(library, response.facets.competentie),
        doelgroep: response.facets.doelgroep,
      },
      error: parsed.ok ? null : `Deze zoekopdracht klopt niet: ${parsed.error.message}. Je ziet nu alle methoden.`,
    },
    { status: parsed.ok ? 200 : 400 },
  );
}

function toHit(library: Library, result: SearchResponse["results"][number]): MethodHit {
  const method = library.bySlug.get(result.slug);
  const names = library.index.competences;
  return {
    ...result,
    verlopen: method?.verlopen ?? false,
    competenties: (method?.competenties ?? []).map((id) => ({ id, naam: names.get(id)?.naam ?? id })),
  };
}

/** Competence facet values under the five roles, in the framework's order. */
function groupByRole(library: Library, values: SearchResponse["facets"]["competentie"]): CompetenceFacetGroup[] {
  return library.competences.rollen.flatMap((rol) => {
    const rolOptie = values.find((v) => v.niveau === "rol" && v.value === rol.id);
    const competenties = values.filter((v) => v.niveau === "competentie" && v.rol === rol.id).map(({ value, label, count }) => ({ value, label, count }));
    if (!rolOptie && competenties.length === 0) return [];
    return [{ rol: rol.id, naam: rol.naam, rolOptie: rolOptie && { value: rolOptie.value, label: rolOptie.label, count: rolOptie.count }, competenties }];
  });
}

function hrefWith(q: string, selected?: SelectedFilters, limit?: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  for (const [name, values] of Object.entries(selected ?? {})) for (const value of values) params.append(name, value);
  if (limit) params.set("limit", String(limit));
  const search = params.toString();
  return search ? `/methoden?${search}` : "/methoden";
}

export default function MethodenZoeken() {
  const { q, selected, meerLimit, total, results, facets, error } = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const navigation = useNavigation();
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const pending = navigation.location?.pathname === "/methoden";
  const hasFilters = selected.erkenning.length + selected.competentie.length + selected.doelgroep.length > 0;

  // Back/forward or a link changes q while the box is not being typed in: show that query in the box.
  useEffect(() => {
    const box = input.current;
    if (box && document.activeElement !== box && box.value !== q) box.value = q;
  }, [q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function searchSoon(delay: number) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (form.current) submit(form.current, { replace: true, preventScrollReset: true });
    }, delay);
  }

  return (
    <div className="methoden-pagina">
      <h1 className="utrecht-heading-1">Wat werkt</h1>
      <p className="utrecht-paragraph methoden-intro">
        Methoden, werkwijzen en instrumenten voor je werk als klantmanager, met hoe goed ze onderbouwd zijn. Zoek in gewone taal: afkortingen als
        lks, Pw of WSP werken ook.
      </p>

      <Form method="get" id={FORM_ID} ref={form} role="search" aria-label="Methoden zoeken" className="methoden-zoekvak">
        <label className="utrecht-form-label methoden-zoekvak__label" htmlFor="zoekterm">
          Zoek een methode
        </label>
        <p className="muted small methoden-zoekvak__hint" id="zoekterm-hint">
          Bijvoorbeeld: schulden, motiveren, jongeren of loonkostensubsidie
        </p>
        <div className="methoden-zoekvak__rij">
          <input
            ref={input}
            id="zoekterm"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={200}
            autoComplete="off"
            aria-describedby="zoekterm-hint"
            className="utrecht-textbox utrecht-textbox--html-input methoden-zoekvak__invoer"
            onChange={() => searchSoon(TYPE_DELAY_MS)}
          />
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Zoeken
          </button>
        </div>
      </Form>

      <ErrorSummary message={error ?? undefined} />
      <ErkenningUitleg />

      <div className="methoden-layout">
        <aside className="methoden-layout__filters" aria-label="Filters">
          <Facets facets={facets} selected={selected} formId={FORM_ID} wisHref={hrefWith(q)} onChange={() => searchSoon(0)} />
        </aside>

        <section className="methoden-layout__resultaten" aria-labelledby="resultaten-titel" aria-busy={pending ? true : undefined}>
          <h2 className="utrecht-heading-2 visually-hidden" id="resultaten-titel">
            Resultaten
          </h2>
          <p className="methoden-aantal" role="status">
            {aantalGevonden(total)}
          </p>
          {total === 0 ? <EmptyState q={q} filters={hasFilters} wisHref={hrefWith(q)} /> : <ResultList results={results} />}
          {results.length < total ? (
            <p className="utrecht-paragraph methoden-meer">
              {results.length} van de {total} getoond.{" "}
              <Link className="utrecht-link" to={hrefWith(q, selected, meerLimit)} preventScrollReset>
                Toon meer methoden
              </Link>
            </p>
          ) : null}
        </section>
      </div>
    </div>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
