// One shape for every failure the UI shows, on HTTP, in forms and on sockets.
export type AppError = { code: string; message: string };

export type FieldErrors = Partial<Record<string, string>>;

export function appError(code: string, message: string): AppError {
  return { code, message };
}

export const errors = {
  unauthenticated: appError("niet_ingelogd", "Je bent niet ingelogd. Log opnieuw in."),
  forbidden: appError("forbidden", "Je hebt geen toegang tot deze pagina of gegevens."),
  notFound: appError("not_found", "Niet gevonden. Misschien is het verplaatst of verwijderd."),
  csrf: appError("csrf", "Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens."),
  invalid: appError("ongeldig", "Niet alle velden zijn goed ingevuld."),
} as const;
