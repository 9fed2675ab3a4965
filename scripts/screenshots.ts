/**
 * Full-page screenshots of every page, per role, at desktop (1280) and phone (390) width, to look at the product
 * the way its users do. Needs a production build (`npm run build`) and Chromium.
 *
 *   npx tsx scripts/screenshots.ts [uitvoermap]      # default: screenshots/
 *
 * Starts its own server on a fresh temporary database (tests/helpers/server.ts), creates a little data through
 * the UI (a concept case, a live session, plan goals) and then visits every page.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launchBrowser, loginAs } from "../tests/helpers/browser";
import { startServer } from "../tests/helpers/server";

const outDir = path.resolve(process.argv[2] ?? "screenshots");
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
const viewports = { desktop: { width: 1280, height: 900 }, telefoon: { width: 390, height: 844 } } as const;

fs.mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
const base = server.url;
// A failed step must not leave the server running in the background.
process.on("uncaughtException", async (error) => {
  console.error(error);
  await browser.close().catch(() => undefined);
  await server.stop();
  process.exit(1);
});

async function as(email: string | null, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: "nl-NL" });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`[${email}] pagina-fout: ${e.message}`));
  if (email) await loginAs(page, base, email);
  return page;
}

async function shot(page: Page, name: string) {
  if (only && !only.test(name)) return;
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  // axe (WCAG 2.1 AA) and sideways scrolling, so what the eye misses is listed too
  const problems = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (sideways > 0) problems.push(`de pagina schuift ${sideways}px zijwaarts`);
  console.log(`  ${name}.png${problems.length ? `\n    ${problems.join("\n    ")}` : ""}`);
}

async function visit(page: Page, url: string, name: string) {
  await page.goto(`${base}${url}`);
  await shot(page, name);
}

/** Data the pages need, made once through the UI like a user would. */
async function setUp(b: Browser) {
  void b;
  const anna = await as("anna@demo.test", 1280, 900);
  // a concept case
  await anna.goto(`${base}/intervisie/nieuw`);
  await anna.getByLabel("Titel").fill("Jongere komt niet opdagen bij werkervaringsplaats");
  await anna.getByLabel("Hulpvraag aan de groep").fill("Hoe houd ik contact met [Klant] zonder te dreigen met een maatregel?");
  await anna.getByLabel("Situatie").fill("[Klant] is 22 en staat sinds [Datum] ingeschreven. Hij heeft twee keer afgezegd bij de werkgever.");
  await anna.getByRole("button", { name: "Opslaan als concept" }).click();
  await anna.waitForURL((u) => /^\/intervisie\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith("/nieuw"));
  const conceptUrl = new URL(anna.url()).pathname;
  // a gedeelde case with a live session
  await anna.goto(`${base}/intervisie`);
  await anna.getByRole("link", { name: "Klant haakt af na derde gemiste afspraak" }).click();
  await anna.waitForURL((u) => /^\/intervisie\/[^/]+$/.test(u.pathname));
  const gedeeldUrl = new URL(anna.url()).pathname;
  await anna.getByLabel("Bericht", { exact: true }).fill("Ik heb [Klant] vanochtend gebeld. Donderdag komt hij langs.");
  await anna.getByRole("button", { name: "Versturen" }).click();
  await anna.waitForTimeout(500);
  // a second shared case, with a session in progress
  await anna.goto(`${base}/intervisie/nieuw`);
  await anna.getByLabel("Titel").fill("Schuldengesprek loopt vast");
  await anna.getByLabel("Hulpvraag aan de groep").fill("Hoe bespreek ik de schulden zonder dat [Klant] dichtklapt?");
  await anna.getByLabel("Situatie").fill("[Klant] heeft al jaren schulden en opent de post niet.");
  await anna.getByRole("button", { name: "Delen met de groep" }).click();
  await anna.waitForURL((u) => /^\/intervisie\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith("/nieuw"));
  const sessieUrl = new URL(anna.url()).pathname;
  await anna.getByText("Gestructureerde sessie starten").click();
  await anna.getByLabel("Methode", { exact: true }).selectOption({ index: 0 });
  await anna.getByRole("button", { name: "Sessie starten" }).click();
  await anna.waitForTimeout(500);
  // a plan with a goal and an activity
  await anna.goto(`${base}/plan`);
  await anna.getByRole("link", { name: "Doel toevoegen", exact: true }).click();
  await anna.getByLabel("Wat wil je leren?").fill("Juridische kennis Participatiewet");
  await anna.getByLabel("Juridische kennis (Participatiewet en handhaving)", { exact: true }).check();
  await anna.getByLabel("Je niveau nu").selectOption("1");
  await anna.getByLabel("Niveau dat je wilt bereiken").selectOption("3");
  await anna.getByRole("button", { name: "Doel toevoegen", exact: true }).click();
  await anna.waitForURL(/\/plan/);
  await anna.getByRole("link", { name: /Activiteit toevoegen bij/ }).first().click();
  await anna.getByLabel("Soort activiteit").selectOption("cursus");
  await anna.getByLabel("Omschrijving").fill("Cursus Participatiewet voor klantmanagers");
  await anna.getByLabel("Uren").fill("16");
  await anna.getByLabel("Kosten in euro").fill("450,00");
  await anna.getByRole("button", { name: "Activiteit toevoegen" }).click();
  await anna.waitForURL(/\/plan\?/);
  const goalHref = await anna.locator('a[href^="/plan/doel/"]:not([href*="nieuw"])').first().getAttribute("href");
  const activityHref = await anna.locator('a[href^="/plan/activiteit/"]:not([href*="nieuw"])').first().getAttribute("href");
  await anna.context().close();
  return { conceptUrl, gedeeldUrl, sessieUrl, goalHref, activityHref };
}

const data = await setUp(browser);
console.log("gegevens:", data);

for (const [vp, { width, height }] of Object.entries(viewports)) {
  console.log(`${vp} (${width})`);
  const s = (name: string) => `${vp}-${name}`;

  const anon = await as(null, width, height);
  await visit(anon, "/", s("anoniem-start"));
  await visit(anon, "/login", s("login"));
  await anon.getByLabel("E-mailadres").fill("anna@demo.test");
  await anon.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
  await anon.getByRole("button", { name: "Inloggen" }).click();
  await anon.getByRole("alert").waitFor();
  await shot(anon, s("login-fout"));
  await anon.getByLabel("E-mailadres").fill("");
  await anon.getByLabel("Wachtwoord").fill("");
  await anon.getByRole("button", { name: "Inloggen" }).click();
  await anon.getByText("Vul je e-mailadres in.").waitFor();
  await shot(anon, s("login-leeg"));
  await visit(anon, "/bestaat-niet", s("anoniem-404"));
  await anon.context().close();

  const anna = await as("anna@demo.test", width, height);
  await visit(anna, "/", s("anna-start"));
  await visit(anna, "/methoden", s("methoden"));
  await visit(anna, "/methoden?q=schulden", s("methoden-zoek"));
  await visit(anna, "/methoden?q=statushouders", s("methoden-zoek-tag"));
  await visit(anna, "/methoden?q=lks", s("methoden-zoek-afkorting"));
  await visit(anna, "/methoden?q=werk&erkenning=goed-onderbouwd", s("methoden-facet"));
  await anna.goto(`${base}/methoden?q=werk`);
  const filter = anna.locator("summary.facetten__kop");
  if (width < 900) await filter.click();
  await shot(anna, s("methoden-filters-open"));
  await visit(anna, "/methoden?q=xyzzyqwerty", s("methoden-leeg"));
  await visit(anna, "/methoden?q=xyzzyqwerty&erkenning=goed-onderbouwd", s("methoden-leeg-filter"));
  await anna.goto(`${base}/methoden`);
  const first = await anna.locator(".methode-hit__titel a").first().getAttribute("href");
  await visit(anna, first!, s("methode-detail"));
  await visit(anna, "/methoden/bestaat-niet", s("methode-404"));
  await visit(anna, "/intervisie", s("intervisie"));
  await visit(anna, data.conceptUrl, s("casus-concept"));
  await visit(anna, `${data.conceptUrl}/bewerken`, s("casus-bewerken"));
  await visit(anna, data.gedeeldUrl, s("casus-gedeeld-thread"));
  await anna.getByText("Gestructureerde sessie starten").click();
  await anna.getByText("Casus afronden").click();
  await shot(anna, s("casus-gedeeld-open"));
  await visit(anna, data.sessieUrl, s("sessie"));
  await anna.goto(`${base}/intervisie/nieuw`);
  await anna.getByLabel("Titel").fill("Gesprek over schulden loopt vast");
  await anna.getByLabel("Hulpvraag aan de groep").fill("Hoe bespreek ik de schulden zonder dat [Klant] dichtklapt?");
  await anna.getByLabel("Situatie").fill("Vorige week sprak ik mevrouw Jansen, BSN 111222333, over de achterstand. Ze woont op de Dorpsstraat 12 in 3511 AB Utrecht.");
  await anna.waitForTimeout(800);
  await shot(anna, s("casus-nieuw-privacy"));
  await anna.getByRole("textbox", { name: "Titel" }).fill("");
  await anna.getByRole("textbox", { name: "Situatie" }).fill("");
  await anna.getByRole("textbox", { name: "Hulpvraag aan de groep" }).fill("");
  await anna.getByRole("button", { name: "Delen met de groep" }).click();
  await anna.waitForLoadState("networkidle");
  await shot(anna, s("casus-nieuw-fouten"));
  await visit(anna, "/intervisie/bestaat-niet", s("casus-404"));
  await visit(anna, "/plan", s("plan"));
  await visit(anna, "/plan/doel/nieuw", s("plan-doel-nieuw"));
  await anna.getByRole("button", { name: "Doel toevoegen", exact: true }).click();
  await anna.waitForLoadState("networkidle");
  await shot(anna, s("plan-doel-fout"));
  await visit(anna, "/plan/activiteit/nieuw", s("plan-activiteit-nieuw"));
  await anna.getByRole("button", { name: "Activiteit toevoegen" }).click();
  await anna.waitForLoadState("networkidle");
  await shot(anna, s("plan-activiteit-fout"));
  if (data.goalHref) await visit(anna, data.goalHref, s("plan-doel-wijzigen"));
  if (data.activityHref) await visit(anna, data.activityHref, s("plan-activiteit-wijzigen"));
  await visit(anna, "/plan/competenties", s("plan-zelfbeoordeling"));
  await visit(anna, "/team", s("anna-403-team"));
  await visit(anna, "/beheer", s("anna-403-beheer"));
  await visit(anna, "/bestaat-niet", s("anna-404"));
  await anna.context().close();

  const chris = await as("chris@demo.test", width, height);
  await visit(chris, "/intervisie", s("chris-intervisie"));
  await visit(chris, data.gedeeldUrl, s("chris-casus-andere-groep"));
  await chris.context().close();

  const lotte = await as("lotte@demo.test", width, height);
  await visit(lotte, "/", s("lotte-start"));
  await visit(lotte, "/team", s("team"));
  const member = await lotte.locator('a[href^="/team/"]').first().getAttribute("href");
  if (member) await visit(lotte, member, s("team-lid"));
  await visit(lotte, "/intervisie", s("lotte-intervisie"));
  await visit(lotte, "/plan", s("lotte-plan"));
  await lotte.context().close();

  const rik = await as("rik@demo.test", width, height);
  await visit(rik, "/", s("rik-start"));
  await visit(rik, "/methoden", s("rik-methoden"));
  await visit(rik, "/plan", s("rik-plan"));
  await visit(rik, "/intervisie", s("rik-intervisie"));
  await rik.context().close();

  const beheer = await as("beheer@demo.test", width, height);
  await visit(beheer, "/", s("beheer-start"));
  await visit(beheer, "/beheer", s("beheer-gebruikers"));
  await visit(beheer, "/beheer/gebruikers/nieuw", s("beheer-gebruiker-nieuw"));
  await beheer.getByRole("button").filter({ hasText: /aanmaken|toevoegen|opslaan/i }).first().click().catch(() => undefined);
  await beheer.waitForLoadState("networkidle");
  await shot(beheer, s("beheer-gebruiker-nieuw-fout"));
  await beheer.goto(`${base}/beheer`);
  const userHref = await beheer.locator('a[href^="/beheer/gebruikers/"]:not([href$="nieuw"])').first().getAttribute("href");
  if (userHref) await visit(beheer, userHref, s("beheer-gebruiker"));
  await visit(beheer, "/beheer/teams", s("beheer-teams"));
  await visit(beheer, "/beheer/groepen", s("beheer-groepen"));
  await visit(beheer, "/beheer/audit", s("beheer-audit"));
  await visit(beheer, "/plan", s("beheer-plan"));
  await beheer.context().close();
}

await browser.close();
await server.stop();
console.log(`klaar: ${outDir}`);
