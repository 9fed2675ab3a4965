import { ERKENNING_LABELS, erkenningRang } from "../erkenning";
import { ERKENNINGEN, type Erkenning } from "../types";

/**
 * The evidence level as text, with a small meter and a heavier style for stronger evidence, so the level never
 * depends on colour alone. An expired recognition says so in words.
 */
export function ErkenningBadge({ erkenning, verlopen }: { erkenning: Erkenning; verlopen: boolean }) {
  const rang = erkenningRang(erkenning);
  return (
    <span className="erkenning">
      <span className={`erkenning__niveau erkenning--${erkenning}${verlopen ? " erkenning--verlopen" : ""}`}>
        <span className="erkenning__meter" aria-hidden="true">
          {ERKENNINGEN.slice(1).map((niveau, i) => (
            <span key={niveau} className={i < rang ? "erkenning__streep erkenning__streep--aan" : "erkenning__streep"} />
          ))}
        </span>
        <span className="visually-hidden">Erkenning: </span>
        {ERKENNING_LABELS[erkenning]}
      </span>
      {verlopen ? <span className="erkenning__verlopen">verlopen</span> : null}
    </span>
  );
}

const UITLEG: Record<Erkenning, string> = {
  "effectief-sterke": "Meerdere goede effectstudies laten zien dat de methode werkt, ook op langere termijn.",
  "effectief-goede": "Minstens één goede effectstudie (met vergelijkingsgroep) laat zien dat de methode werkt.",
  "effectief-eerste": "Onderzoek in de praktijk geeft eerste aanwijzingen dat de methode werkt, nog zonder sterk bewijs.",
  "goed-onderbouwd": "De methode is goed beschreven en er is uitgelegd waarom ze zou moeten werken (theorie en onderzoek).",
  "goed-beschreven": "De methode is zo beschreven dat je haar kunt uitvoeren: doelgroep, doel, aanpak en voorwaarden.",
  "niet-beoordeeld": "Een bruikbare werkwijze uit de praktijk, maar (nog) niet beoordeeld door een erkenningscommissie.",
};

/** A short explanation of the Dutch recognition levels (Movisie, NJi, RIVM), strongest first. */
export function ErkenningUitleg() {
  return (
    <details className="erkenning-uitleg">
      <summary>Wat betekenen de erkenningsniveaus?</summary>
      <p className="utrecht-paragraph">
        Erkenningscommissies (zoals die van Movisie, het NJi en het RIVM) beoordelen hoe goed een methode beschreven en onderzocht is.
        Een erkenning geldt een beperkte tijd: &lsquo;Goed beschreven&rsquo; 3 jaar, de hogere niveaus 5 jaar. Daarna is ze{" "}
        <strong>verlopen</strong> tot een nieuwe beoordeling. Een methode blijft een leidraad: jij kiest wat past bij je klant.
      </p>
      <dl className="erkenning-uitleg__lijst">
        {[...ERKENNINGEN].reverse().map((niveau) => (
          <div key={niveau}>
            <dt>
              <ErkenningBadge erkenning={niveau} verlopen={false} />
            </dt>
            <dd>{UITLEG[niveau]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
