import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/accounts/auth.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { rolVan } from "~/methods/competenties";
import { ErkenningBadge } from "~/methods/components/erkenning";
import { formatDatum } from "~/methods/components/format";
import { ERKENNING_LABELS } from "~/methods/erkenning";
import { getLibrary, type Library } from "~/methods/library.server";
import { renderMarkdown, type RenderedMarkdown } from "~/methods/render.server";
import { relatedMethods } from "~/methods/search.server";
import type { Method } from "~/methods/types";
import css from "~/methods/methods.css?url";
import { fail } from "~/platform/http.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.method.titel} · Wat werkt · Elke dag leren` : "Methode niet gevonden · Wat werkt · Elke dag leren" },
  ...(data ? [{ name: "description", content: data.method.samenvatting }] : []),
];

// Rendering Markdown costs about a millisecond; a rebuilt library brings new Method objects, so stale entries drop out.
const renderedCache = new WeakMap<Method, RenderedMarkdown>();

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const library = await getLibrary();
  const method = library.bySlug.get(params.slug ?? "");
  if (!method) fail(404, { code: "methode_onbekend", message: "Deze methode staat niet (meer) in Wat werkt. Misschien is de naam veranderd: zoek haar opnieuw via Wat werkt." });
  let rendered = renderedCache.get(method);
  if (!rendered) renderedCache.set(method, (rendered = renderMarkdown(method.body)));
  const { body: _body, file: _file, competenties: _ids, ...facts } = method;
  return {
    method: facts,
    html: rendered.html,
    toc: rendered.toc,
    competenties: competencesByRole(library, method),
    related: relatedMethods(library, method.slug, 3).map(({ slug, titel, samenvatting, erkenning, verlopen }) => ({ slug, titel, samenvatting, erkenning, verlopen })),
  };
}

/** The method's competences under their roles; a role id in the front-matter stands for the whole role. */
function competencesByRole(library: Library, method: Method) {
  return library.competences.rollen.flatMap((rol) => {
    const ids = method.competenties.filter((id) => rolVan(id) === rol.id);
    if (ids.length === 0) return [];
    const namen = ids.map((id) => (id === rol.id ? `De hele rol ${rol.naam.toLowerCase()}` : (rol.competenties.find((c) => c.id === id)?.naam ?? id)));
    return [{ rol: rol.id, naam: rol.naam, namen }];
  });
}

export default function MethodeDetail() {
  const { method, html, toc, competenties, related } = useLoaderData<typeof loader>();
  // Methods usually have a short "## Bronnen" of their own; the front-matter list then is the full citation list.
  const bronnenKop = toc.some((entry) => entry.id === "bronnen") ? { id: "bronvermelding", text: "Volledige bronvermelding" } : { id: "bronnen", text: "Bronnen" };
  const extraToc = [
    ...(competenties.length > 0 ? [{ id: "competenties", text: "Competenties" }] : []),
    ...(method.bronnen.length > 0 ? [bronnenKop] : []),
    ...(related.length > 0 ? [{ id: "verwante-methoden", text: "Verwante methoden" }] : []),
  ];
  return (
    <div className="methode">
      <p className="methode__terug">
        <Link className="utrecht-link" to="/methoden">
          ← Alle methoden in Wat werkt
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{method.titel}</h1>
      <p className="utrecht-paragraph methode__samenvatting">{method.samenvatting}</p>

      <dl className="methode__kenmerken card">
        <div>
          <dt>Erkenning</dt>
          <dd>
            <ErkenningBadge erkenning={method.erkenning} verlopen={method.verlopen} />
            <span className="methode__erkenning-tekst">{erkenningZin(method)}</span>
          </dd>
        </div>
        {method.doelgroepen.length > 0 ? (
          <div>
            <dt>Doelgroepen</dt>
            <dd>{method.doelgroepen.join(", ")}</dd>
          </div>
        ) : null}
        {method.duur ? (
          <div>
            <dt>Duur</dt>
            <dd>{method.duur}</dd>
          </div>
        ) : null}
        {method.tags.length > 0 ? (
          <div>
            <dt>Trefwoorden</dt>
            <dd>
              <ul className="methode__tags">
                {method.tags.map((tag) => (
                  <li key={tag} className="badge badge--muted">
                    {tag}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Bijgewerkt</dt>
          <dd>
            <time dateTime={method.bijgewerkt}>{formatDatum(method.bijgewerkt)}</time>
          </dd>
        </div>
      </dl>

      <div className="methode__layout">
        <nav className="methode__toc" aria-label="Inhoud van deze methode">
          <p className="methode__toc-titel">Inhoud</p>
          <ol>
            {toc.map((entry) => (
              <li key={entry.id} className={entry.depth === 3 ? "methode__toc-sub" : undefined}>
                <a href={`#${entry.id}`}>{entry.text}</a>
              </li>
            ))}
            {extraToc.map((entry) => (
              <li key={entry.id}>
                <a href={`#${entry.id}`}>{entry.text}</a>
              </li>
            ))}
          </ol>
        </nav>

        <div className="methode__inhoud">
          {/* Sanitised by renderMarkdown (rehype-sanitize): raw HTML from the Markdown never reaches the page. */}
          <div className="methode__tekst" dangerouslySetInnerHTML={{ __html: html }} />

          {competenties.length > 0 ? (
            <section aria-labelledby="competenties">
              <h2 className="utrecht-heading-2" id="competenties">
                Competenties
              </h2>
              <p className="utrecht-paragraph muted">Wat je met deze methode oefent, per rol uit &lsquo;De Kern van het Beroep&rsquo;.</p>
              <dl className="methode__competenties">
                {competenties.map((group) => (
                  <div key={group.rol}>
                    <dt>{group.naam}</dt>
                    <dd>
                      <ul>
                        {group.namen.map((naam) => (
                          <li key={naam}>{naam}</li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}

          {method.bronnen.length > 0 ? (
            <section aria-labelledby={bronnenKop.id}>
              <h2 className="utrecht-heading-2" id={bronnenKop.id}>
                {bronnenKop.text}
              </h2>
              <ol className="methode__bronnen">
                {method.bronnen.map((bron) => (
                  <li key={bron}>{bron}</li>
                ))}
              </ol>
            </section>
          ) : null}

          {related.length > 0 ? (
            <section aria-labelledby="verwante-methoden">
              <h2 className="utrecht-heading-2" id="verwante-methoden">
                Verwante methoden
              </h2>
              <ul className="methode__verwant">
                {related.map((other) => (
                  <li key={other.slug}>
                    <Link className="utrecht-link" to={`/methoden/${other.slug}`}>
                      {other.titel}
                    </Link>{" "}
                    <ErkenningBadge erkenning={other.erkenning} verlopen={other.verlopen} />
                    <p className="utrecht-paragraph small muted">{other.samenvatting}</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function erkenningZin(method: { erkenning: Method["erkenning"]; erkenningDatum?: string; verlooptOp?: string; verlopen: boolean }): string {
  if (method.erkenning === "niet-beoordeeld") return "Deze werkwijze is (nog) niet beoordeeld door een erkenningscommissie.";
  if (!method.erkenningDatum) return `Niveau \u2018${ERKENNING_LABELS[method.erkenning].toLowerCase()}\u2019; er is geen erkenningsdatum bekend (zie Onderbouwing).`;
  const erkend = `Erkend op ${formatDatum(method.erkenningDatum)}`;
  if (!method.verlooptOp) return `${erkend}.`;
  return method.verlopen ? `${erkend}, verlopen op ${formatDatum(method.verlooptOp)}.` : `${erkend}, geldig tot ${formatDatum(method.verlooptOp)}.`;
}

export const ErrorBoundary = RouteErrorBoundary;
