import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, launchBrowser, loginAs, screenshot } from "../helpers/browser";
import { startServer, type TestServer } from "../helpers/server";

// rik searches Wat werkt by typing, filters with a facet and opens a method; anna and lotte (also on a phone) read it too.

describe.skipIf(!hasChromium)("Wat werkt in a real browser", () => {
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

  async function open(email: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: "nl-NL", viewport });
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    // the deliberate 404 is logged by Chromium; anything else is a real problem
    page.on("console", (m) => m.type() === "error" && !m.text().includes("status of 404") && errors.push(m.text()));
    await loginAs(page, server.url, email);
    return { context, page };
  }

  const count = (page: Page) => page.getByRole("status").filter({ hasText: /gevonden/ });
  const resultTitles = (page: Page) => page.locator(".methoden-resultaten h3").allTextContents();

  it("rik finds methods as he types, filters with a facet and opens a method", async () => {
    const { context, page } = await open("rik@demo.test");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Wat werkt" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Wat werkt");
    await expect.poll(() => count(page).textContent()).toBe("36 methoden gevonden");
    await screenshot(page, "methoden-alles-rik");
    expect(await axeViolations(page)).toEqual([]);

    // typing without Enter updates the results, the announced count and the URL
    await page.getByLabel("Zoek een methode").pressSequentially("motiverende", { delay: 30 });
    await expect.poll(() => resultTitles(page).then((t) => t[0])).toBe("Motiverende gespreksvoering (MGV)");
    await expect.poll(() => count(page).textContent()).toMatch(/^\d+ methoden? gevonden$/);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("motiverende");
    expect(await page.getByLabel("Zoek een methode").evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator(".methode-hit__snippet mark").count()).toBeGreaterThan(0);

    // a facet narrows the list at once
    await page.getByLabel("Zoek een methode").fill("");
    await expect.poll(() => count(page).textContent()).toBe("36 methoden gevonden");
    await page.getByLabel(/^Effectief – sterke aanwijzingen/).check();
    await expect.poll(() => count(page).textContent()).toBe("1 methode gevonden");
    expect(await resultTitles(page)).toEqual(["Individuele Plaatsing en Steun (IPS)"]);
    expect(new URL(page.url()).searchParams.getAll("erkenning")).toEqual(["effectief-sterke"]);
    await screenshot(page, "methoden-facet-rik");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Filters wissen" }).click();
    await expect.poll(() => count(page).textContent()).toBe("36 methoden gevonden");
    expect(await page.getByLabel(/^Effectief – sterke aanwijzingen/).isChecked()).toBe(false);
    expect(await page.locator("details.facetten").evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);

    // an empty state with suggestions
    await page.getByLabel("Zoek een methode").fill("qqqxyzzy");
    await expect.poll(() => count(page).textContent()).toBe("Geen methoden gevonden");
    await expect.poll(() => page.getByText("Geen methoden gevonden voor “qqqxyzzy”").count()).toBe(1);
    await screenshot(page, "methoden-leeg-rik");
    expect(await axeViolations(page)).toEqual([]);

    // a method that matches only through its doelgroep says why it is a hit
    await page.getByLabel("Zoek een methode").fill("statushouders");
    const ladder = page.locator(".methode-hit").filter({ has: page.getByRole("link", { name: "Participatieladder", exact: true }) });
    await expect.poll(() => ladder.getByTestId("gevonden-via").textContent()).toBe("Gevonden via doelgroep statushouders");
    expect(await ladder.locator("mark").allTextContents()).toEqual(["statushouders"]);
    expect(await axeViolations(page)).toEqual([]);

    // the detail page opens from a result
    await page.getByLabel("Zoek een methode").fill("lks");
    await expect.poll(() => resultTitles(page).then((t) => t[0])).toMatch(/^Loonkostensubsidie/);
    await page.locator(".methoden-resultaten h3 a").first().click();
    await page.waitForURL(/\/methoden\/loonkostensubsidie-inzetten$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Loonkostensubsidie/);
    await expect.poll(() => page.title()).toMatch(/^Loonkostensubsidie.* · Wat werkt · Elke dag leren$/);
    const toc = page.getByRole("navigation", { name: "Inhoud van deze methode" });
    expect(await toc.getByRole("link").count()).toBeGreaterThan(3);
    await screenshot(page, "methode-detail-rik");
    expect(await axeViolations(page)).toEqual([]);

    // an expired recognition says so in words
    await page.goto(`${server.url}/methoden/krachtgericht-werken`);
    await expect.poll(() => page.getByText("Erkend op 1 januari 2021, verlopen op 1 januari 2026").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/methoden/bestaat-niet`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Niet gevonden");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("works without JavaScript: a plain GET form with a Zoeken button", async () => {
    const context = await browser.newContext({ locale: "nl-NL", javaScriptEnabled: false });
    const page = await context.newPage();
    await loginAs(page, server.url, "anna@demo.test");
    await page.goto(`${server.url}/methoden`);
    await page.getByLabel("Zoek een methode").fill("schuldhulp");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL(/q=schuldhulp/);
    expect(await resultTitles(page)).toContain("Toeleiding naar schuldhulpverlening");
    await context.close();
  });

  for (const [email, naam] of [
    ["anna@demo.test", "anna"],
    ["lotte@demo.test", "lotte"],
  ] as const) {
    it(`${naam} can read Wat werkt on a desktop and on a phone`, async () => {
      for (const [viewport, label] of [
        [{ width: 1280, height: 900 }, "desktop"],
        [{ width: 390, height: 844 }, "telefoon"],
      ] as const) {
        const { context, page } = await open(email, viewport);
        await page.goto(`${server.url}/methoden?q=jongeren`);
        await expect.poll(() => count(page).textContent()).toMatch(/^\d+ methoden gevonden$/);
        const filters = page.locator("details.facetten");
        expect(await filters.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(label === "desktop");
        await screenshot(page, `methoden-${naam}-${label}`);
        expect(await axeViolations(page)).toEqual([]);
        if (label === "telefoon") {
          await page.getByText("Filters", { exact: true }).click();
          await screenshot(page, `methoden-${naam}-${label}-filters`);
        }
        await page.locator(".methoden-resultaten h3 a").first().click();
        await page.waitForURL(/\/methoden\/[a-z-]+$/);
        await expect.poll(() => page.getByRole("navigation", { name: "Inhoud van deze methode" }).count()).toBe(1);
        await screenshot(page, `methode-detail-${naam}-${label}`);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      }
    });
  }

  it("had no script errors", () => {
    expect(errors).toEqual([]);
  });
});
