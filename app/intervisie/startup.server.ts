import { db } from "~/platform/db.server";
import { purgeExpiredCases } from "./cases.server";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Called once on start (app/platform/startup.server.ts): demo case when the demo was just seeded, then the retention purge, daily after that. */
export async function prepareIntervisie(seeded: boolean): Promise<void> {
  if (seeded) await seedIntervisieDemo();
  await purgeExpiredCases();
  setInterval(() => void purgeExpiredCases().catch((e) => console.error("[intervisie] opschonen mislukt:", e)), DAY_MS).unref();
}

/** A shared, already anonymised case with a short thread in Intervisiegroep Noord (anna and bram). */
export async function seedIntervisieDemo(): Promise<void> {
  const group = await db.group.findFirst({ where: { naam: "Intervisiegroep Noord" } });
  const anna = await db.user.findUnique({ where: { email: "anna@demo.test" } });
  const bram = await db.user.findUnique({ where: { email: "bram@demo.test" } });
  if (!group || !anna || !bram) return;
  const start = Date.now() - 2 * 60 * 60 * 1000;
  await db.case.create({
    data: {
      groupId: group.id,
      authorId: anna.id,
      titel: "Klant haakt af na derde gemiste afspraak",
      hulpvraag: "Hoe houd ik contact met [Klant] zonder meteen te dreigen met een maatregel, nu de derde afspraak is gemist?",
      situatie:
        "[Klant] ([Leeftijd], al vier jaar in de bijstand) kwam de laatste drie afspraken niet. Bij het laatste gesprek vertelde [Klant] dat er schulden zijn en dat post ongeopend blijft liggen. " +
        "De werkervaringsplaats bij [Instelling] liep in [Datum] af zonder vervolg. Ik merk dat ik zelf ook ben gaan afwachten. " +
        "Mijn teamleider vraagt of het tijd is voor een maatregel; ik twijfel, omdat ik denk dat [Klant] eerder vastloopt dan onwillig is.",
      status: "gedeeld",
      gedeeldOp: new Date(start),
      methods: { create: [{ methodSlug: "nabellen-tegen-no-show" }, { methodSlug: "schuldhulp-toeleiding" }] },
      threads: {
        create: {
          titel: "Klant haakt af na derde gemiste afspraak",
          messages: {
            create: [
              { clientId: "demo-1", authorId: bram.id, body: "Herkenbaar. Heb je al eens gebeld op de ochtend van de afspraak? Bij mij scheelt dat de helft van de no-shows.", createdAt: new Date(start + 10 * 60_000) },
              { clientId: "demo-2", authorId: anna.id, body: "Nog niet, ik stuur alleen de brief. Bellen durf ik wel, maar ik ben bang dat het als controle voelt.", createdAt: new Date(start + 25 * 60_000) },
              { clientId: "demo-3", authorId: bram.id, body: "Ik zeg dan: 'Ik bel omdat ik je graag zie, niet om te controleren.' En vraag naar de post: zullen we die samen openmaken?", createdAt: new Date(start + 40 * 60_000) },
              { clientId: "demo-4", authorId: anna.id, body: "Goed idee. Dan kan ik meteen de schuldhulp erbij betrekken. Ik probeer het deze week.", createdAt: new Date(start + 55 * 60_000) },
            ],
          },
        },
      },
    },
  });
}
