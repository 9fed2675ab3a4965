import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";
import type { Browserish } from "../helpers/http";
import { caseIdFrom, contentDirWithRoddelmethode, demoThreadId, execute, loggedIn, query } from "./intervisie-fixtures";

let server: TestServer;
let anna: Browserish;
let bram: Browserish;
let chris: Browserish;
let lotte: Browserish;
let beheer: Browserish;

beforeAll(async () => {
  server = await startServer({ CONTENT_DIR: contentDirWithRoddelmethode() });
  [anna, bram, chris, lotte, beheer] = await Promise.all(
    ["anna", "bram", "chris", "lotte", "beheer"].map((n) => loggedIn(server.url, `${n}@demo.test`)),
  );
});
afterAll(async () => {
  await server?.stop();
});

const cleanCase = {
  titel: "Klant komt niet meer opdagen",
  hulpvraag: "Hoe bereik ik [Klant] weer zonder te dreigen met een maatregel?",
  situatie: "[Klant] kwam drie keer niet op de afspraak. Er spelen schulden en de post blijft ongeopend liggen.",
};

async function postCase(user: Browserish, fields: Record<string, string | string[]>, path = "/intervisie/nieuw") {
  const csrf = await user.csrfToken(path);
  return user.post(path, { csrf, ...fields });
}

describe("cases and access", () => {
  it("shows the demo case of Intervisiegroep Noord to anna and bram, with its thread", async () => {
    for (const member of [anna, bram]) {
      const html = await (await member.get("/intervisie")).text();
      expect(html).toContain("Klant haakt af na derde gemiste afspraak");
    }
    const threads = await (await anna.get("/api/threads")).json();
    expect(threads).toEqual([{ id: expect.any(String), titel: "Klant haakt af na derde gemiste afspraak", groep: "Intervisiegroep Noord" }]);
    const messages = await (await bram.get(`/api/threads/${threads[0].id}/messages`)).json();
    expect(messages.length).toBeGreaterThanOrEqual(4);
    expect(messages[0]).toMatchObject({ authorNaam: "Bram Visser", threadId: threads[0].id });
    expect(messages.map((m: { id: number }) => m.id)).toEqual([...messages.map((m: { id: number }) => m.id)].sort((a, b) => a - b));
    const later = await (await bram.get(`/api/threads/${threads[0].id}/messages?after=${messages[1].id}`)).json();
    expect(later.map((m: { id: number }) => m.id)).toEqual(messages.slice(2).map((m: { id: number }) => m.id));
  });

  it("keeps the demo case and its thread free of anything the privacy gate would block", async () => {
    const [kase] = query<{ titel: string; hulpvraag: string; situatie: string }>(server.dir, "SELECT titel, hulpvraag, situatie FROM \"Case\" WHERE titel LIKE 'Klant haakt af%'");
    const bodies = query<{ body: string }>(server.dir, "SELECT body FROM Message WHERE clientId LIKE 'demo-%'").map((m) => m.body);
    for (const text of [kase.titel, kase.hulpvraag, kase.situatie, ...bodies]) {
      const { spans } = await (await anna.postJson("/api/anonimiseer", { text })).json();
      expect({ text, spans }).toEqual({ text, spans: [] });
    }
  });

  it("refuses chris (other group), lotte (leidinggevende) and the beheerder on pages and the API", async () => {
    const threadId = await demoThreadId(anna);
    const caseLink = /href="(\/intervisie\/[^"]+)">Klant haakt af/.exec(await (await anna.get("/intervisie")).text())![1];
    for (const outsider of [chris, lotte, beheer]) {
      expect((await outsider.get(caseLink)).status).toBe(403);
      expect(await (await outsider.get("/api/threads")).json()).toEqual([]);
      const api = await outsider.get(`/api/threads/${threadId}/messages`);
      expect(api.status).toBe(403);
      expect(await api.json()).toMatchObject({ code: "forbidden", message: expect.stringContaining("intervisiegroep") });
      expect(await (await outsider.get("/intervisie")).text()).not.toContain("Klant haakt af");
    }
    expect((await anna.get("/api/threads/bestaat-niet/messages")).status).toBe(404);
    expect((await fetch(`${server.url}/api/threads`)).status).toBe(401);
  });

  it("offers the methods of Wat werkt grouped per role, alphabetically within a role", async () => {
    const html = await (await anna.get("/intervisie/nieuw")).text();
    const groups = [...html.matchAll(/<legend class="method-group__legend">([^<]+)<\/legend>([\s\S]*?)<\/fieldset>/g)].map((m) => ({
      rol: m[1],
      titels: [...m[2].matchAll(/<label[^>]*>([^<]+)<\/label>/g)].map((l) => l[1]),
    }));
    // In the order of competenties.yml; each method under the role of its first competence.
    expect(groups.map((g) => g.rol)).toEqual(["Onderzoekend", "Ondersteunend", "Samenwerkend", "Monitorend", "Lerend"]);
    expect(groups.find((g) => g.rol === "Lerend")!.titels).toEqual(["Casuïstiek bespreken in het team"]);
    const samenwerkend = groups.find((g) => g.rol === "Samenwerkend")!.titels;
    expect(samenwerkend).toContain("Loonkostensubsidie inzetten bij plaatsing");
    expect(samenwerkend).toEqual([...samenwerkend].sort((a, b) => a.localeCompare(b, "nl")));
  });

  it("keeps a concept to its author until it is shared with the group", async () => {
    const saved = await postCase(anna, { ...cleanCase, intent: "opslaan" });
    expect(saved.status).toBe(302);
    const path = new URL(saved.headers.get("location")!, server.url).pathname;
    expect((await anna.get(path)).status).toBe(200);
    expect((await bram.get(path)).status).toBe(403);
    expect(await (await bram.get("/intervisie")).text()).not.toContain(cleanCase.titel);

    const shared = await postCase(anna, { ...cleanCase, intent: "delen" }, `${path}/bewerken`);
    expect(shared.status).toBe(302);
    const page = await (await bram.get(path)).text();
    expect(page).toContain("Hoe bereik ik [Klant] weer");
    expect((await (await bram.get("/api/threads")).json()).map((t: { titel: string }) => t.titel)).toContain(cleanCase.titel);
  });
});

describe("PII gate", () => {
  it("POST /api/anonimiseer answers the spans and a pseudonymised text", async () => {
    const response = await anna.postJson("/api/anonimiseer", { text: "Gesprek met mevrouw Jansen, BSN 111222333, tel. 06-12345678." });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.spans.map((s: { label: string }) => s.label)).toEqual(expect.arrayContaining(["persoon", "bsn", "telefoon"]));
    for (const s of body.spans) expect([...("Gesprek met mevrouw Jansen, BSN 111222333, tel. 06-12345678.")].slice(s.start, s.end).join("")).toBe(s.text);
    expect(body.pseudoniem).toContain("[BSN]");
    expect(body.pseudoniem).not.toContain("111222333");
    expect((await new (anna.constructor as typeof Browserish)(server.url).postJson("/api/anonimiseer", { text: "x" })).status).toBe(401);
    expect((await anna.postJson("/api/anonimiseer", { tekst: 1 })).status).toBe(400);
  });

  it("re-checks on save: a case with a BSN is refused with the spans shown, without JavaScript", async () => {
    const response = await postCase(anna, { ...cleanCase, situatie: `${cleanCase.situatie} Zijn BSN is 111222333.`, intent: "delen" });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("persoonsgegevens");
    expect(html).toContain("111222333"); // the span is shown next to the field
    expect(html).toContain("BSN");
    expect(query(server.dir, "SELECT count(*) AS n FROM \"Case\" WHERE situatie LIKE '%111222333%'")[0]).toEqual({ n: 0 });
  });

  it("accepts a span the author marked as 'geen persoonsgegeven', audits label and reason but never the text", async () => {
    const situatie = `${cleanCase.situatie} Ze werkte bij mevrouw Holle, een sprookjesfiguur uit het toneelstuk.`;
    const span = (await (await anna.postJson("/api/anonimiseer", { text: situatie })).json()).spans.find((s: { label: string }) => s.label === "persoon");
    expect(span).toBeTruthy();
    const fake = { veld: "situatie", start: 0, end: 5, label: "persoon", reden: "verzonnen" };
    const refused = await postCase(anna, { ...cleanCase, situatie, intent: "delen", uitzonderingen: JSON.stringify([fake]) });
    expect(refused.status).toBe(422); // an exception must match a span the server detects itself

    const uitzondering = { veld: "situatie", start: span.start, end: span.end, label: span.label, reden: "Figuur uit een toneelstuk" };
    const saved = await postCase(anna, { ...cleanCase, titel: "Casus met toneelfiguur", situatie, intent: "delen", uitzonderingen: JSON.stringify([uitzondering]) });
    expect(saved.status).toBe(302);
    const caseId = caseIdFrom(saved.headers.get("location"));
    const rows = query<{ details: string; actorId: string }>(server.dir, "SELECT details, actorId FROM AuditEvent WHERE action = 'pii_uitzondering' AND subjectId = ?", caseId);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].details)).toMatchObject({ label: "persoon", reden: "Figuur uit een toneelstuk" });
    expect(rows[0].details).not.toContain("Holle");

    // Editing later: the form comes back with the exception still marked, and saving again does not
    // record it a second time.
    const editPath = `/intervisie/${caseId}/bewerken`;
    const form = await (await anna.get(editPath)).text();
    expect(form).toContain("Figuur uit een toneelstuk");
    const kept = await postCase(anna, { ...cleanCase, titel: "Casus met toneelfiguur, bijgewerkt", situatie, intent: "opslaan", uitzonderingen: JSON.stringify([uitzondering]) }, editPath);
    expect(kept.status).toBe(302);
    expect(query(server.dir, "SELECT count(*) AS n FROM AuditEvent WHERE action = 'pii_uitzondering' AND subjectId = ?", caseId)[0]).toEqual({ n: 1 });
  });
});

describe("retention", () => {
  it("purges case text after the retention period, keeps titel, lessons and methods, and audits it", async () => {
    const saved = await postCase(bram, { titel: "Oude casus over schulden", hulpvraag: "Wat doe ik als [Klant] de post niet opent?", situatie: "[Klant] opent al maanden geen post en de schulden lopen op.", intent: "delen", methoden: ["schuldhulp-doorverwijzing"] });
    const caseId = caseIdFrom(saved.headers.get("location"));
    const csrf = await bram.csrfToken(`/intervisie/${caseId}`);
    const done = await bram.post(`/intervisie/${caseId}`, { csrf, intent: "afronden", lessen: "Samen de post openen werkt beter dan een brief sturen.", methoden: ["schuldhulp-doorverwijzing"] }); // already linked: stays once
    expect(done.status).toBe(302);
    // Prisma stores SQLite dates as ISO text with an explicit offset.
    const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString().replace("Z", "+00:00");
    execute(server.dir, 'UPDATE "Case" SET afgerondOp = ? WHERE id = ?', longAgo, caseId);

    await server.restart(); // the purge runs on start (and daily)
    bram = await loggedIn(server.url, "bram@demo.test");
    anna = await loggedIn(server.url, "anna@demo.test");
    const html = await (await bram.get(`/intervisie/${caseId}`)).text();
    expect(html).toContain("Oude casus over schulden");
    expect(html).toContain("Samen de post openen werkt beter");
    expect(html).toContain("na de bewaartermijn verwijderd");
    expect(html).not.toContain("de schulden lopen op");
    const audit = query<{ details: string }>(server.dir, "SELECT details FROM AuditEvent WHERE action = 'casus_opgeschoond' AND subjectId = ?", caseId);
    expect(audit).toHaveLength(1);
    expect(query(server.dir, "SELECT count(*) AS n FROM CaseMethod WHERE caseId = ?", caseId)[0]).toEqual({ n: 1 });
  });
});
