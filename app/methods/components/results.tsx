import { Link } from "@remix-run/react";
import { ErkenningBadge } from "./erkenning";
import type { MethodHit } from "./types";

export function ResultList({ results }: { results: MethodHit[] }) {
  return (
    <ol className="methoden-resultaten">
      {results.map((hit) => (
        <li key={hit.slug} className="methode-hit">
          <article aria-labelledby={`hit-${hit.slug}`}>
            <h3 className="utrecht-heading-3 methode-hit__titel" id={`hit-${hit.slug}`}>
              <Link className="utrecht-link" to={`/methoden/${hit.slug}`}>
                {hit.titel}
              </Link>
            </h3>
            <ErkenningBadge erkenning={hit.erkenning} verlopen={hit.verlopen} />
            {/* The snippet is escaped by the search domain (snippet.server.ts); only its own <mark> tags are HTML. */}
            <p className="utrecht-paragraph methode-hit__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
            {hit.gevondenVia.length > 0 ? (
              <p className="methode-hit__via small" data-testid="gevonden-via">
                <span className="muted">Gevonden via </span>
                {hit.gevondenVia.map((label, i) => (
                  <span key={`${label.soort}-${label.text}`}>
                    {i > 0 ? ", " : null}
                    {label.soort === "doelgroep" ? "doelgroep " : "trefwoord "}
                    <mark>{label.text}</mark>
                  </span>
                ))}
              </p>
            ) : null}
            {hit.competenties.length > 0 ? (
              <p className="methode-hit__competenties small">
                <span className="muted">Competenties: </span>
                {hit.competenties.map((c) => c.naam).join(" · ")}
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

/** What to try when nothing matched. */
export function EmptyState({ q, filters, wisHref }: { q: string; filters: boolean; wisHref: string }) {
  return (
    <div className="methoden-leeg card">
      <p className="utrecht-paragraph">
        <strong>{q ? `Geen methoden gevonden voor \u201c${q}\u201d` : "Geen methoden gevonden met deze filters"}.</strong>
      </p>
      <p className="utrecht-paragraph">Probeer dit:</p>
      <ul>
        {q ? <li>Gebruik minder of andere woorden, bijvoorbeeld &lsquo;schulden&rsquo; in plaats van een hele zin.</li> : null}
        {q ? <li>Controleer de spelling.</li> : null}
        {filters ? (
          <li>
            <Link className="utrecht-link" to={wisHref}>
              Haal de filters weg
            </Link>{" "}
            en zoek opnieuw.
          </li>
        ) : null}
        <li>
          <Link className="utrecht-link" to="/methoden">
            Bekijk alle methoden
          </Link>
          .
        </li>
      </ul>
    </div>
  );
}
