import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, launchBrowser, loginAs, screenshot } from "../helpers/browser";
import { startServer, type TestServer } from "../helpers/server";

// anna drafts a plan with two goals and submits it; lotte approves it from /team. Every page is checked with axe.

describe.skipIf(!hasChromium)("opleidingsplan in a real browser", () => {
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function watch(page: Page) {
    page.on("pageerror", (e) => errors.push(e.message));
    // the deliberate validation error answers 400, which Chromium logs; anything else is a real problem
    page.on("console", (m) => m.type() === "error" && !m.text().includes("status of 400") && errors.push(m.text()));
  }

  async function addGoal(page: Page, titel: string, competences: string[], nu: string, doel: string) {
    await page.getByRole("link", { name: "Doel toevoegen", exact: true }).click();
    await page.getByLabel("Wat wil je leren?").fill(titel);
    for (const c of competences) await page.getByLabel(c, { exact: true }).check();
    await page.getByLabel("Je niveau nu").selectOption(nu);
    await page.getByLabel("Niveau dat je wilt bereiken").selectOption(doel);
    await page.getByRole("button", { name: "Doel toevoegen", exact: true }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain(`Doel "${titel}" is toegevoegd`);
  }

  it("anna drafts a plan with two goals and submits it", async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: "nl-NL" });
    const page = await context.newPage();
    watch(page);
    await loginAs(page, server.url, "anna@demo.test");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn plan" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Mijn opleidingsplan \d{4}$/);
    await screenshot(page, "plan-leeg");
    expect(await axeViolations(page)).toEqual([]);

    // a validation error keeps what she typed
    await page.getByRole("link", { name: "Doel toevoegen", exact: true }).click();
    await page.getByLabel("Wat wil je leren?").fill("Juridische kennis Participatiewet");
    await page.getByRole("button", { name: "Doel toevoegen", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Controleer de gemarkeerde velden");
    expect(await page.getByLabel("Wat wil je leren?").inputValue()).toBe("Juridische kennis Participatiewet");
    // each problem in the summary links to its field
    const links = page.getByRole("alert").getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(await page.locator(href!).count(), href!).toBe(1);
    }
    await page.getByRole("alert").getByRole("link", { name: /niveau/i }).first().click();
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.id])).toEqual(["SELECT", "veld-huidigNiveau"]);
    expect(await page.getByRole("alert").textContent()).toContain("Controleer de gemarkeerde velden");
    expect(await page.getByRole("link", { name: "← Terug naar mijn plan" }).count()).toBe(1);
    await screenshot(page, "plan-doel-fout");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Annuleren" }).click();

    await addGoal(page, "Juridische kennis Participatiewet", ["Juridische kennis (Participatiewet en handhaving)"], "1", "3");
    await addGoal(page, "Slechtnieuwsgesprekken voeren", ["Gesprekstechnieken en slechtnieuwsgesprek", "Standvastigheid en grenzen stellen"], "2", "3");

    // one click: a suggested method becomes an activity
    const suggestion = page.getByRole("button", { name: /Toevoegen als activiteit/ }).first();
    await suggestion.click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("staat als activiteit in je plan");

    // an activity with cost, in Dutch notation
    await page.getByRole("link", { name: "Activiteit toevoegen bij Juridische kennis Participatiewet" }).click();
    await page.getByLabel("Soort activiteit").selectOption("cursus");
    await page.getByLabel("Omschrijving").fill("Cursus Participatiewet voor klantmanagers");
    await page.getByLabel("Uren").fill("16");
    await page.getByLabel("Kosten in euro").fill("450,00");
    await page.getByLabel("Aanbieder (optioneel)").fill("Divosa Academie");
    await screenshot(page, "plan-activiteit");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Activiteit toevoegen" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("is toegevoegd");

    // self-assessment
    await page.getByRole("link", { name: /Beoordeel jezelf/ }).click();
    await page.getByRole("group", { name: "Juridische kennis (Participatiewet en handhaving)" }).getByLabel("1 – beginner").check();
    await page.getByRole("group", { name: "Gesprekstechnieken en slechtnieuwsgesprek" }).getByLabel("2 – zelfstandig").check();
    await screenshot(page, "plan-zelfbeoordeling");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Zelfbeoordeling opslaan" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("zelfbeoordeling is opgeslagen");

    await screenshot(page, "plan-concept");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Plan indienen bij mijn leidinggevende" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Je plan is ingediend");
    await screenshot(page, "plan-ingediend");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "download als PDF" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^opleidingsplan-\d{4}-anna-de-wit\.pdf$/);
    await context.close();
  });

  it("lotte approves it from /team and sees heatmap, budget and points", async () => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    watch(page);
    await loginAs(page, server.url, "lotte@demo.test");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Team" }).click();
    await expect.poll(() => page.getByText("Te beoordelen:").count()).toBe(1);
    const heatmap = page.getByRole("table", { name: /Competenties van Team Werk/ });
    expect(await heatmap.getByRole("row", { name: /Juridische kennis/ }).textContent()).toContain("1 → 3");
    expect(await page.getByRole("heading", { name: /Opleidingsbudget/ }).count()).toBe(1);
    await screenshot(page, "team");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "plan van Anna de Wit" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(/Plan \d{4} van Anna de Wit/);
    await screenshot(page, "team-plan-anna");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Opmerking voor Anna de Wit").fill("Goed plan. Plan de cursus vóór de zomer.");
    await page.getByRole("button", { name: "Plan goedkeuren" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Het plan van Anna de Wit is goedgekeurd");
    expect(await page.getByRole("table", { name: /Plannen van Team Werk/ }).getByRole("row", { name: /Anna de Wit/ }).textContent()).toContain("Goedgekeurd");
    await screenshot(page, "team-na-goedkeuring");
    await context.close();

    const annaContext = await browser.newContext({ locale: "nl-NL" });
    const anna = await annaContext.newPage();
    await loginAs(anna, server.url, "anna@demo.test");
    await anna.goto(`${server.url}/plan`);
    expect(await anna.getByText("Goed plan. Plan de cursus vóór de zomer.").count()).toBe(1);
    await screenshot(anna, "plan-goedgekeurd");
    expect(await axeViolations(anna)).toEqual([]);
    await annaContext.close();
    expect(errors).toEqual([]);
  });

  it("on a phone the plan and the team pages fit the screen: wide tables scroll inside themselves", async () => {
    const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const [email, path] of [
      ["anna@demo.test", "/plan"],
      ["lotte@demo.test", "/team"],
    ]) {
      const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await loginAs(page, server.url, email);
      await page.goto(`${server.url}${path}`);
      expect(await page.locator(".table-scroll table").count()).toBeGreaterThan(0);
      expect(await sideways(page)).toBe(0);
      await screenshot(page, `telefoon-${path.slice(1)}`);
      await context.close();
    }
  });

  it("works without JavaScript: bram adds a goal, fixes a mistake and submits", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await loginAs(page, server.url, "bram@demo.test");
    await page.goto(`${server.url}/plan`);
    await page.getByRole("link", { name: "Doel toevoegen", exact: true }).click();
    await page.getByLabel("Wat wil je leren?").fill("Motiverende gespreksvoering oefenen");
    await page.getByLabel("Motiveren en activeren", { exact: true }).check();
    await page.getByLabel("Je niveau nu").selectOption("3");
    await page.getByLabel("Niveau dat je wilt bereiken").selectOption("2");
    await page.getByRole("button", { name: "Doel toevoegen", exact: true }).click();
    await page.waitForLoadState();
    // the message sits at the field and is repeated in the summary at the top
    expect(await page.locator(".utrecht-form-field-error-message").getByText("Het doelniveau moet hoger zijn dan je huidige niveau.").count()).toBe(1);
    expect(await page.getByRole("alert").textContent()).toContain("Het doelniveau moet hoger zijn dan je huidige niveau.");
    expect(await page.getByLabel("Wat wil je leren?").inputValue()).toBe("Motiverende gespreksvoering oefenen");
    expect(await page.getByLabel("Motiveren en activeren", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Je niveau nu").inputValue()).toBe("3");
    await page.getByLabel("Niveau dat je wilt bereiken").selectOption("4");
    await page.getByRole("button", { name: "Doel toevoegen", exact: true }).click();
    await page.waitForURL(/\/plan\?jaar=/);
    await page.getByRole("button", { name: "Plan indienen bij mijn leidinggevende" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").first().textContent()).toContain("Je plan is ingediend");
    await context.close();
  });
});
