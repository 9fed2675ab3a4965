import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, launchBrowser, loginAs, screenshot } from "../helpers/browser";
import { startServer, type TestServer } from "../helpers/server";
import { contentDirWithRoddelmethode } from "../integration/intervisie-fixtures";

describe.skipIf(!hasChromium)("intervisie in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function as(email: string): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => console.error(`[${email}] ${e.message}`));
    await loginAs(page, server.url, email);
    return page;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ CONTENT_DIR: contentDirWithRoddelmethode() }), launchBrowser()]);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  const bodies = (page: Page) => page.getByTestId("bericht").locator(".message__body").allTextContents();

  it("anna and bram discuss the demo case live; bram's message written while the server is away arrives once", async () => {
    const anna = await as("anna@demo.test");
    const bram = await as("bram@demo.test");
    for (const page of [anna, bram]) {
      await page.goto(`${server.url}/intervisie`);
      await page.getByRole("link", { name: "Klant haakt af na derde gemiste afspraak" }).click();
      await expect.poll(() => page.getByTestId("verbinding").textContent()).toContain("Verbonden");
    }
    await expect.poll(() => anna.getByText("Nu in het gesprek: Bram Visser").count()).toBe(1);
    expect(await axeViolations(anna)).toEqual([]);

    await anna.getByLabel("Bericht", { exact: true }).fill("Ik heb [Klant] vanochtend gebeld. Donderdag komt hij langs.");
    await anna.getByRole("button", { name: "Versturen" }).click();
    await expect.poll(() => bodies(bram)).toContain("Ik heb [Klant] vanochtend gebeld. Donderdag komt hij langs.");
    await screenshot(bram, "intervisie-thread-live");

    // The server goes away while bram is typing; his message waits in the outbox and survives a reload.
    const restarting = server.restart();
    await expect.poll(() => bram.getByTestId("verbinding").textContent(), { timeout: 15_000 }).toContain("Verbinding verbroken");
    await bram.getByLabel("Bericht", { exact: true }).fill("Goed zo! Neem de ongeopende post mee naar het gesprek.");
    await bram.getByRole("button", { name: "Versturen" }).click();
    await expect.poll(() => bram.getByTestId("bericht-onderweg").count()).toBe(1);
    await screenshot(bram, "intervisie-thread-offline");
    await restarting;
    await expect.poll(() => bram.getByTestId("verbinding").textContent(), { timeout: 20_000 }).toContain("Verbonden");
    await expect.poll(() => bodies(anna), { timeout: 20_000 }).toContain("Goed zo! Neem de ongeopende post mee naar het gesprek.");
    await bram.reload();
    await expect.poll(() => bram.getByTestId("verbinding").textContent()).toContain("Verbonden");
    for (const page of [anna, bram]) {
      const all = await bodies(page);
      expect(all.filter((b) => b === "Goed zo! Neem de ongeopende post mee naar het gesprek.")).toHaveLength(1);
      expect(await page.getByTestId("bericht-onderweg").count()).toBe(0);
    }
    // two logins, a server restart and a reconnect: more than the default 30 s when the other core is busy
  }, 90_000);

  it("highlights personal data while writing a case, replaces it with one click and then publishes", async () => {
    const anna = await as("anna@demo.test");
    await anna.goto(`${server.url}/intervisie/nieuw`);
    await anna.getByLabel("Titel").fill("Gesprek over schulden loopt vast");
    await anna.getByLabel("Hulpvraag aan de groep").fill("Hoe bespreek ik de schulden zonder dat [Klant] dichtklapt?");
    const long = "[Klant] heeft al jaren schulden en opent de post niet. ".repeat(80);
    await anna.getByLabel("Situatie").fill(`${long}Vorige week sprak ik mevrouw Jansen, BSN 111222333, over de achterstand. Jansen belt morgen terug.`);
    await expect.poll(() => anna.getByTestId("pii-span").count()).toBe(3);
    // the check ran in a Web Worker, off the page's main thread that typing needs
    expect(anna.workers().map((w) => w.url())).toEqual([expect.stringMatching(/pii\.worker/)]);
    expect(await anna.getByRole("button", { name: "Delen met de groep" }).isDisabled()).toBe(true);
    expect(await anna.getByTestId("pii-status").textContent()).toContain("Nog 3 persoonsgegevens");
    await screenshot(anna, "intervisie-pii-gate");
    expect(await axeViolations(anna)).toEqual([]);

    await anna.getByRole("button", { name: /Vervang door \[BSN\]/ }).click();
    await expect.poll(() => anna.getByTestId("pii-span").count()).toBe(2);
    // one click replaces both mentions of the same person with the same placeholder
    await anna.getByRole("button", { name: /Vervang door \[Persoon A\] \(2×\)/ }).first().click();
    await expect.poll(() => anna.getByTestId("pii-span").count()).toBe(0);
    const situatie = await anna.getByLabel("Situatie").inputValue();
    expect(situatie).toContain("[Persoon A], BSN [BSN], over de achterstand. [Persoon A] belt morgen terug.");
    expect(situatie).not.toMatch(/Jansen|111222333/);
    await anna.getByRole("button", { name: "Delen met de groep" }).click();
    await expect.poll(() => anna.getByRole("status").first().textContent()).toContain("gedeeld");
    await expect.poll(() => anna.getByRole("heading", { level: 1 }).textContent()).toBe("Gesprek over schulden loopt vast");
  });

  it("closing a case without lessons marks the field itself; methods are ticked, not Ctrl-clicked", async () => {
    const anna = await as("anna@demo.test");
    await anna.goto(`${server.url}/intervisie`);
    await anna.getByRole("link", { name: "Gesprek over schulden loopt vast" }).click();
    // on a phone the conversation comes before the forms to start a session or close the case
    await anna.setViewportSize({ width: 390, height: 844 });
    const top = async (locator: ReturnType<Page["getByText"]>) => (await locator.boundingBox())?.y ?? Number.NaN;
    expect(await top(anna.getByLabel("Bericht", { exact: true }))).toBeLessThan(await top(anna.getByText("Casus afronden")));
    await anna.setViewportSize({ width: 1280, height: 900 });
    await anna.getByText("Casus afronden").click();
    const lessen = anna.getByRole("textbox", { name: "Geleerde lessen" });
    expect(await lessen.evaluate((el) => el.matches(":invalid"))).toBe(false);
    await anna.getByRole("button", { name: "Afronden" }).click();
    await expect.poll(() => lessen.getAttribute("aria-invalid")).toBe("true");
    expect(await anna.locator(".utrecht-form-field-error-message").textContent()).toContain("Schrijf de geleerde lessen op");
    await screenshot(anna, "intervisie-afronden-fout");
    expect(await axeViolations(anna)).toEqual([]);
    await lessen.fill("Eerst de post samen openen, dan pas over de schuld praten.");
    await anna.getByRole("checkbox", { name: "Warm doorverwijzen naar schuldhulpverlening" }).check();
    await anna.getByRole("button", { name: "Afronden" }).click();
    await expect.poll(() => anna.getByRole("status").first().textContent()).toContain("De casus is afgerond");
    expect(await anna.getByRole("link", { name: "Warm doorverwijzen naar schuldhulpverlening" }).count()).toBe(1);
  });

  it("runs a roddelmethode session: the inbrenger sees the phase and cannot write in the roddelfase", async () => {
    const anna = await as("anna@demo.test");
    const bram = await as("bram@demo.test");
    await anna.goto(`${server.url}/intervisie`);
    await anna.getByRole("link", { name: "Klant haakt af na derde gemiste afspraak" }).click();
    await anna.getByText("Gestructureerde sessie starten").click();
    await anna.getByLabel("Methode", { exact: true }).selectOption("roddelmethode");
    await anna.getByLabel("Facilitator").selectOption({ label: "Bram Visser" });
    await anna.getByRole("button", { name: "Sessie starten" }).click();
    await expect.poll(() => anna.getByTestId("fase-naam").textContent()).toBe("Introductie");

    await bram.goto(anna.url());
    await expect.poll(() => bram.getByTestId("verbinding").textContent()).toContain("Verbonden");
    for (let i = 0; i < 2; i++) await bram.getByRole("button", { name: /Naar de volgende fase/ }).click();
    await expect.poll(() => bram.getByTestId("fase-naam").textContent()).toBe("Roddelfase");
    // anna's page follows live, without a reload
    await expect.poll(() => anna.getByTestId("fase-naam").textContent()).toBe("Roddelfase");
    await expect.poll(() => anna.getByText("kun je niet schrijven").count()).toBe(1);
    expect(await anna.getByRole("button", { name: "Versturen" }).isDisabled()).toBe(true);
    await screenshot(anna, "intervisie-roddelfase-inbrenger");
    expect(await axeViolations(anna)).toEqual([]);
    await bram.getByLabel("Bericht", { exact: true }).fill("Ik hoor vooral dat ze zelf ook is gaan afwachten.");
    await bram.getByRole("button", { name: "Versturen" }).click();
    await expect.poll(() => bodies(anna)).toContain("Ik hoor vooral dat ze zelf ook is gaan afwachten.");
  });

  it("shows chris and lotte nothing of Intervisiegroep Noord", async () => {
    for (const email of ["chris@demo.test", "lotte@demo.test"]) {
      const page = await as(email);
      await page.goto(`${server.url}/intervisie`);
      expect(await page.getByText("Klant haakt af").count()).toBe(0);
    }
  });
});
