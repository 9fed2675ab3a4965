/** An honest placeholder for a part that is still being built. */
export function NotYetAvailable({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="pagina-titel">
      <h1 id="pagina-titel" className="utrecht-heading-1">
        {title}
      </h1>
      <div className="utrecht-alert utrecht-alert--info" role="status">
        <p className="utrecht-paragraph">
          <strong>Nog niet beschikbaar.</strong> {children}
        </p>
      </div>
    </section>
  );
}
