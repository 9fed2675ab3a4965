import { ERKENNINGEN, type Erkenning, type IsoDate } from "./types";

export const ERKENNING_LABELS: Record<Erkenning, string> = {
  "niet-beoordeeld": "Niet beoordeeld",
  "goed-beschreven": "Goed beschreven",
  "goed-onderbouwd": "Goed onderbouwd",
  "effectief-eerste": "Effectief – eerste aanwijzingen",
  "effectief-goede": "Effectief – goede aanwijzingen",
  "effectief-sterke": "Effectief – sterke aanwijzingen",
};

/** Years a recognition stays valid; `niet-beoordeeld` has no recognition to expire. */
const GELDIGHEID_IN_JAREN: Record<Erkenning, number | undefined> = {
  "niet-beoordeeld": undefined,
  "goed-beschreven": 3,
  "goed-onderbouwd": 5,
  "effectief-eerste": 5,
  "effectief-goede": 5,
  "effectief-sterke": 5,
};

export function isErkenning(value: string): value is Erkenning {
  return (ERKENNINGEN as readonly string[]).includes(value);
}

export function erkenningLabel(erkenning: Erkenning): string {
  return ERKENNING_LABELS[erkenning];
}

/** Position from low (0, niet beoordeeld) to high (5, sterke aanwijzingen), for sorting. */
export function erkenningRang(erkenning: Erkenning): number {
  return ERKENNINGEN.indexOf(erkenning);
}

export function verlooptOp(erkenning: Erkenning, erkenningDatum: IsoDate | undefined): IsoDate | undefined {
  const jaren = GELDIGHEID_IN_JAREN[erkenning];
  if (jaren === undefined || erkenningDatum === undefined) return undefined;
  const [jaar, maand, dag] = erkenningDatum.split("-").map(Number);
  // Date.UTC rolls 29 February over to 1 March in a non-leap year, which is the later and kinder reading.
  return toIsoDate(new Date(Date.UTC(jaar + jaren, maand - 1, dag)));
}

export function isVerlopen(verloopDatum: IsoDate | undefined, vandaag: Date = new Date()): boolean {
  return verloopDatum !== undefined && verloopDatum <= toIsoDate(vandaag);
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
