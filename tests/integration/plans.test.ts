import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browserish } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";

// The opleidingsplannen against the real server: anna drafts and submits, lotte (leidinggevende of Team Werk)
// approves, chris (Team Inkomen) and the beheerder see nothing of it.

let server: TestServer;
const anna = () => new Browserish(server.url);
let annaC: Browserish;
let lotte: Browserish;
let chris: Browserish;
let annaId: string;
let chrisId: string;
let lotteId: string;
const jaar = Number(new Intl.DateTimeFormat("en-CA", { year: "numeric", timeZone: "Europe/Amsterdam" }).format(new Date()));

async function post(client: Browserish, path: string, fields: Record<string, string | string[]>, tokenPage = path) {
  return client.post(path, { csrf: await client.csrfToken(tokenPage), ...fields });
}
// React separates interpolated text with <!-- -->; a reader sees one sentence
const text = async (client: Browserish, path: string) => (await (await client.get(path)).text()).replace(/<!-- -->/g, "");
const goalIds = (html: string) => [...html.matchAll(/id="doel-([a-z0-9]{20,})"/g)].map((m) => m[1]);

beforeAll(async () => {
  server = await startServer();
  annaC = anna();
  lotte = new Browserish(server.url);
  chris = new Browserish(server.url);
  await Promise.all([annaC.login("anna@demo.test"), lotte.login("lotte@demo.test"), chris.login("chris@demo.test")]);
  const admin = new Browserish(server.url);
  await admin.login("beheer@demo.test");
  const users = await text(admin, "/beheer");
  const idOf = (naam: string) => new RegExp(`href="/beheer/gebruikers/([^"]+)"[^>]*>${naam}`).exec(users)?.[1];
  annaId = idOf("Anna de Wit")!;
  chrisId = idOf("Chris Mulder")!;
  lotteId = idOf("Lotte Bakker")!;
  expect(annaId && chrisId && lotteId).toBeTruthy();
});
afterAll(async () => {
  await server?.stop();
});

describe("anna drafts and submits her plan", () => {
  it("shows an empty plan for this year", async () => {
    const html = await text(annaC, "/plan");
    expect(html).toContain(`Mijn opleidingsplan ${jaar}`);
    expect(html).toContain("Je hebt nog geen doelen");
  });

  it("keeps everything she typed when a goal is incomplete", async () => {
    const response = await post(annaC, `/plan/doel/nieuw?jaar=${jaar}`, { titel: "Juridische kennis Participatiewet", huidigNiveau: "3", doelNiveau: "2", deadline: "", status: "open" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Kies minstens één competentie");
    expect(html).toContain("Het doelniveau moet hoger zijn");
    expect(html).toContain('value="Juridische kennis Participatiewet"');
  });

  it("adds two goals linked to competences and suggests methods for them", async () => {
    const first = await post(annaC, `/plan/doel/nieuw?jaar=${jaar}`, {
      titel: "Juridische kennis Participatiewet",
      competenties: ["monitorend.juridische-kennis"],
      huidigNiveau: "1",
      doelNiveau: "3",
      deadline: `${jaar}-11-30`,
      status: "bezig",
    });
    expect(first.status).toBe(302);
    const second = await post(annaC, `/plan/doel/nieuw?jaar=${jaar}`, {
      titel: "Slechtnieuwsgesprekken voeren",
      competenties: ["ondersteunend.gesprekstechnieken", "ondersteunend.standvastigheid"],
      huidigNiveau: "2",
      doelNiveau: "3",
      deadline: "",
      status: "open",
    });
    expect(second.status).toBe(302);
    const html = await text(annaC, "/plan");
    expect(html).toContain("Juridische kennis Participatiewet");
    expect(html).toContain("Slechtnieuwsgesprekken voeren");
    expect(html).toContain("Methoden uit Wat werkt");
    expect(html).toContain("Toevoegen als activiteit");
    expect(goalIds(html)).toHaveLength(2);
  });

  it("adds an activity with Dutch amounts and a suggested method in one click", async () => {
    const [juridisch, gesprek] = goalIds(await text(annaC, "/plan"));
    const wrongYear = await post(annaC, "/plan/activiteit/nieuw", { jaar: String(jaar), goalId: juridisch, type: "cursus", titel: "Cursus Participatiewet", datum: `${jaar - 1}-03-01`, uren: "16", kosten: "450", aanbieder: "Divosa Academie" });
    expect(wrongYear.status).toBe(400);
    expect(await wrongYear.text()).toContain(`De datum moet in ${jaar} liggen`);
    const ok = await post(annaC, "/plan/activiteit/nieuw", {
      jaar: String(jaar),
      goalId: juridisch,
      type: "cursus",
      titel: "Cursus Participatiewet",
      datum: `${jaar}-01-15`,
      uren: "16",
      kosten: "1.250,50",
      aanbieder: "Divosa Academie",
      registerpunten: "12",
      notities: "Geleerd: maatregelen; ik leg nu beter uit waarom.",
    });
    expect(ok.status).toBe(302);
    const html = await text(annaC, "/plan");
    const slug = new RegExp(`name="goalId" value="${gesprek}"/><input type="hidden" name="slug" value="([^"]+)"`).exec(html)?.[1];
    expect(slug).toBeTruthy();
    expect((await post(annaC, "/plan", { intent: "methode", jaar: String(jaar), goalId: gesprek, slug: slug! })).status).toBe(302);
    const after = await text(annaC, "/plan");
    expect(after).toContain("Cursus Participatiewet");
    expect(after).toContain("1.250,50");
    expect(after).toContain("Methode toepassen:");
  });

  it("submits the plan, after which goals are locked until she withdraws it", async () => {
    const response = await post(annaC, "/plan", { intent: "indienen", jaar: String(jaar) });
    expect(response.status).toBe(302);
    const html = await text(annaC, "/plan");
    expect(html).toContain("Ingediend bij leidinggevende");
    expect(html).not.toContain("Doel toevoegen</a>");
    const locked = await post(annaC, `/plan/doel/nieuw?jaar=${jaar}`, { titel: "Nog een doel", competenties: ["lerend.reflectie"], huidigNiveau: "1", doelNiveau: "2", status: "open" }, "/plan");
    expect(locked.status).toBe(409);
    expect(await locked.text()).toContain("Trek het in");
  });
});

describe("who can approve", () => {
  it("tells rik (no team) that nobody can approve his plan yet, and anna (Team Werk, lotte) nothing of the sort", async () => {
    const rik = new Browserish(server.url);
    await rik.login("rik@demo.test");
    expect(await text(rik, "/plan")).toContain("nog geen leidinggevende, dus niemand kan je plan goedkeuren");
    expect(await text(annaC, "/plan")).not.toContain("nog geen leidinggevende");
  });
});

describe("access rules", () => {
  it("keeps /team for leidinggevenden and anna's plan for her own leidinggevende", async () => {
    expect((await chris.get("/team")).status).toBe(403);
    expect((await chris.get(`/team/${annaId}`)).status).toBe(403);
    expect((await chris.get(`/team/${annaId}/plan/${jaar}.pdf`)).status).toBe(403);
    expect((await chris.get(`/team/${annaId}/plan/${jaar}.csv`)).status).toBe(403);
    const admin = new Browserish(server.url);
    await admin.login("beheer@demo.test");
    expect((await admin.get(`/team/${annaId}`)).status).toBe(403);
    expect((await lotte.get(`/team/${chrisId}`)).status).toBe(403);
    expect((await lotte.get(`/team/${lotteId}`)).status).toBe(403);
  });

  it("does not let anyone but anna change her goals, nor anna approve herself", async () => {
    const [goal] = goalIds(await text(annaC, "/plan"));
    expect((await chris.get(`/plan/doel/${goal}`)).status).toBe(403);
    const chrisEdit = await post(chris, `/plan/doel/${goal}`, { intent: "verwijderen" }, "/plan");
    expect(chrisEdit.status).toBe(403);
    const selfApprove = await post(annaC, `/team/${annaId}`, { intent: "goedkeuren", jaar: String(jaar) }, "/plan");
    expect(selfApprove.status).toBe(403);
    const chrisApprove = await post(chris, `/team/${annaId}`, { intent: "goedkeuren", jaar: String(jaar) }, "/plan");
    expect(chrisApprove.status).toBe(403);
    // chris's own plan page shows his (empty) plan, nothing of anna's
    const own = await text(chris, "/plan");
    expect(own).not.toContain("Juridische kennis Participatiewet");
  });
});

describe("lotte follows Team Werk", () => {
  it("sees anna's submitted plan, progress, heatmap, budget and points", async () => {
    const html = await text(lotte, "/team");
    expect(html).toContain("Team Werk");
    expect(html).toContain("Te beoordelen");
    expect(html).toContain(`/team/${annaId}`);
    expect(html).toContain("Bram Visser");
    expect(html).not.toContain("Chris Mulder");
    expect(html).toContain("0 van 2 (0%)");
    // heatmap: a real table, anna's juridische kennis from 1 to 3
    expect(html).toContain("Competenties: nu en doel");
    expect(html).toMatch(/Juridische kennis[\s\S]*?1 → 3/);
    // budget: 2 members × € 925, € 1.250,50 spent (dated in January)
    expect(html).toMatch(/€\s1\.850,00/);
    expect(html).toMatch(/€\s1\.250,50/);
    // points: 12 accredited, no reflection yet
    expect(html).toMatch(/>12<br\/><span class="muted small">waarvan 0 reflectie/);
  });

  it("cannot return a plan without a comment, and approves it with one", async () => {
    const noComment = await post(lotte, `/team/${annaId}`, { intent: "terugsturen", jaar: String(jaar), commentaar: "" });
    expect(noComment.status).toBe(409);
    expect(await noComment.text()).toContain("Schrijf bij het terugsturen wat er anders moet");
    const approve = await post(lotte, `/team/${annaId}`, { intent: "goedkeuren", jaar: String(jaar), commentaar: "Mooi plan, bespreek de cursus in het teamoverleg." });
    expect(approve.status).toBe(302);
    expect(approve.headers.get("location")).toBe(`/team?jaar=${jaar}`);
    const html = await text(annaC, "/plan");
    expect(html).toContain("Goedgekeurd");
    expect(html).toContain("Beoordeeld door Lotte Bakker");
    expect(html).toContain("Mooi plan, bespreek de cursus in het teamoverleg.");
  });

  it("sees changes anna makes after the approval, and acknowledges them", async () => {
    const [goal] = goalIds(await text(annaC, "/plan"));
    const edit = await post(annaC, `/plan/doel/${goal}`, { intent: "opslaan", titel: "Juridische kennis Participatiewet en handhaving", competenties: ["monitorend.juridische-kennis"], huidigNiveau: "1", doelNiveau: "3", deadline: `${jaar}-11-30`, status: "behaald" });
    expect(edit.status).toBe(302);
    const team = await text(lotte, "/team");
    expect(team).toContain("Gewijzigd na goedkeuring");
    expect(team).toContain("1 van 2 (50%)");
    const member = await text(lotte, `/team/${annaId}`);
    expect(member).toContain("Wijzigingen na goedkeuring");
    expect(member).toContain("Doel gewijzigd: Juridische kennis Participatiewet en handhaving");
    expect(member).toContain("Wijzigingen goedkeuren");
    expect((await post(lotte, `/team/${annaId}`, { intent: "goedkeuren", jaar: String(jaar) })).status).toBe(302);
    expect(await text(lotte, "/team")).not.toContain("Gewijzigd na goedkeuring");
  });

  it("sets the budget of her own team only", async () => {
    const html = await text(lotte, "/team");
    const teamId = /name="teamId" value="([^"]+)"/.exec(html)![1];
    const bad = await post(lotte, "/team", { intent: "budget", teamId, budget: "veel" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('value="veel"');
    expect((await post(lotte, "/team", { intent: "budget", teamId, budget: "1.100,00" })).status).toBe(302);
    const after = await text(lotte, "/team");
    expect(after).toMatch(/€\s2\.200,00/); // 2 members × € 1.100
    const admin = new Browserish(server.url);
    await admin.login("beheer@demo.test");
    const teams = await text(admin, "/beheer/teams");
    const inkomen = /name="id" value="([^"]+)"\/><div[^]*?value="Team Inkomen"/.exec(teams)?.[1] ?? [...teams.matchAll(/name="id" value="([^"]+)"/g)].map((m) => m[1]).find((id) => id !== teamId)!;
    const foreign = await post(lotte, "/team", { intent: "budget", teamId: inkomen, budget: "5000" });
    expect(foreign.status).toBe(403);
  });
});

describe("exports", () => {
  it("gives anna her plan as CSV for Dutch Excel", async () => {
    const response = await annaC.get(`/plan/${jaar}.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain(`opleidingsplan-${jaar}-anna-de-wit.csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain("Doel;Competenties;Huidig niveau;Doelniveau;Deadline;Status");
    expect(csv).toContain("Juridische kennis Participatiewet en handhaving;Juridische kennis");
    expect(csv).toContain(`Cursus Participatiewet;15-01-${jaar};16;1250,50;Divosa Academie;12;"Geleerd: maatregelen; ik leg nu beter uit waarom."`);
  });

  it("gives anna and lotte a PDF, and nobody else", async () => {
    for (const [client, path] of [
      [annaC, `/plan/${jaar}.pdf`],
      [lotte, `/team/${annaId}/plan/${jaar}.pdf`],
    ] as const) {
      const response = await client.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.subarray(-8).toString()).toContain("%%EOF");
      expect(pdf.length).toBeGreaterThan(2000);
    }
    expect((await annaC.get(`/plan/${jaar}.docx`)).status).toBe(404);
    expect((await chris.get(`/team/${annaId}/plan/${jaar}.csv`)).status).toBe(403);
  });
});
