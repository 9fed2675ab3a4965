import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, launchBrowser, loginAs, screenshot } from "../helpers/browser";
import { startServer, type TestServer } from "../helpers/server";

describe.skipIf(!hasChromium)("logging in with a real browser", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the login page is accessible", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await screenshot(page, "login");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("anna logs in, sees her name and an accessible start page", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await loginAs(page, server.url, "anna@demo.test");
    await expect.poll(() => page.getByTestId("gebruiker-naam").textContent()).toBe("Anna de Wit");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(/, Anna$/);
    await screenshot(page, "start-anna");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]); // also no CSP violations reported by the browser
    await page.close();
  });

  it("shows a Dutch message for a wrong password without losing the e-mail address", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel("E-mailadres").fill("bram@demo.test");
    await page.getByLabel("Wachtwoord").fill("verkeerd");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("horen niet bij elkaar");
    expect(await page.getByLabel("E-mailadres").inputValue()).toBe("bram@demo.test");
    await page.close();
  });

  it("an unknown address and a forbidden page keep the menu and say what to do next", async () => {
    const page = await browser.newPage();
    await loginAs(page, server.url, "anna@demo.test");
    const response = await page.goto(`${server.url}/bestaat-niet`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Niet gevonden");
    expect(await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Wat werkt" }).count()).toBe(1);
    expect(await page.getByText("Controleer het adres").count()).toBe(1);
    await screenshot(page, "niet-gevonden");
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/beheer`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Geen toegang");
    expect(await page.getByText(/Vraag de beheerder .* om je rol/).count()).toBe(1);
    await screenshot(page, "geen-toegang");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("a beheerder creates a user in the browser, who can then log in", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, server.url, "beheer@demo.test");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
    await page.getByRole("link", { name: "Nieuwe gebruiker" }).click();
    await page.getByLabel("Naam").fill("Sanne Kok");
    await page.getByLabel("E-mailadres").fill("sanne@voorbeeldstad.nl");
    await page.getByLabel("Rol").selectOption("klantmanager");
    await page.getByLabel("Team", { exact: true }).selectOption({ label: "Team Werk" });
    await page.getByLabel("Intervisiegroep Noord").check();
    await page.getByLabel("Tijdelijk wachtwoord").fill("voorjaar in voorbeeldstad");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "beheer-nieuw");
    await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Sanne Kok is aangemaakt");
    await screenshot(page, "beheer-gebruikers");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const fresh = await browser.newContext();
    const sanne = await fresh.newPage();
    await loginAs(sanne, server.url, "sanne@voorbeeldstad.nl", "voorjaar in voorbeeldstad");
    await expect.poll(() => sanne.getByTestId("gebruiker-naam").textContent()).toBe("Sanne Kok");
    await fresh.close();
  });
});
