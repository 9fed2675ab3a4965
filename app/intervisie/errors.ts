import type { AppError } from "~/platform/errors";
import type { PiiSpan } from "./pii";

export type IntervisieErrorBody = AppError & { spans?: PiiSpan[]; velden?: Record<string, PiiSpan[]> };

/** A refusal from the intervisie domain; pages, the API and sockets each turn it into their own answer. */
export class IntervisieError extends Error {
  constructor(
    readonly status: number,
    readonly body: IntervisieErrorBody,
  ) {
    super(body.message);
  }
}

export const intervisieErrors = {
  forbidden: { code: "forbidden", message: "Je hebt geen toegang: alleen leden van deze intervisiegroep zien dit." },
  notFound: { code: "not_found", message: "Niet gevonden. Misschien is het verplaatst of verwijderd." },
  empty: { code: "leeg", message: "Schrijf eerst een bericht." },
  tooLong: (max: number) => ({ code: "te_lang", message: `Een bericht mag hoogstens ${max} tekens hebben.` }),
  pii: { code: "pii", message: "Er staan nog persoonsgegevens in de tekst. Vervang ze door een aanduiding zoals [Klant] of markeer ze met een reden als geen persoonsgegeven." },
  phase: { code: "phase", message: "In deze fase van de sessie mag jij niet schrijven." },
  status: (message: string) => ({ code: "status", message }),
  ongeldig: (message: string) => ({ code: "ongeldig", message }),
} as const;

export function refuse(status: number, body: IntervisieErrorBody): never {
  throw new IntervisieError(status, body);
}
